package app.rada.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignUpRuleRepository extends JpaRepository<SignUpRule, Long> {

    Optional<SignUpRule> findByDomain(String domain);

    boolean existsByDomain(String domain);

    List<SignUpRule> findAllByOrderByDomain(Pageable page);
}
