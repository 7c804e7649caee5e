package app.rada.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonIdentityRepository extends JpaRepository<PersonIdentity, Long> {

    Optional<PersonIdentity> findByIssuerAndSubject(String issuer, String subject);

    List<PersonIdentity> findByPersonIdOrderByLinkedAt(long personId);

    @Modifying
    @Query("delete from PersonIdentity i where i.personId = :personId")
    int deleteByPersonId(long personId);
}
