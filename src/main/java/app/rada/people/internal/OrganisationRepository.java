package app.rada.people.internal;

import app.rada.people.internal.Organisation;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    Optional<Organisation> findFirstByNameIgnoreCase(String name);

    long countByActiveTrue();
}
