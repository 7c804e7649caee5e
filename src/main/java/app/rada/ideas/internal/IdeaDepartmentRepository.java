package app.rada.ideas.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdeaDepartmentRepository extends JpaRepository<IdeaDepartment, Long> {

    List<IdeaDepartment> findAllByOrderBySortOrderAscIdAsc();

    Optional<IdeaDepartment> findFirstByNameIgnoreCase(String name);

    Optional<IdeaDepartment> findTopByOrderBySortOrderDesc();

    /** Ideas keep their department as its name, so a renamed department is renamed on them too. */
    @Modifying
    @Query(value = "UPDATE idea SET department = :newName WHERE department = :oldName", nativeQuery = true)
    int renameOnIdeas(@Param("oldName") String oldName, @Param("newName") String newName);
}
