package app.rada.ideas.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdeaCategoryRepository extends JpaRepository<IdeaCategory, Long> {

    List<IdeaCategory> findAllByOrderBySortOrderAscIdAsc();

    Optional<IdeaCategory> findByCode(String code);

    Optional<IdeaCategory> findFirstByNameEnIgnoreCaseOrNamePlIgnoreCase(String nameEn, String namePl);

    Optional<IdeaCategory> findTopByOrderBySortOrderDesc();
}
