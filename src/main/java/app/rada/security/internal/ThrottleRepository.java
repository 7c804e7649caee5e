package app.rada.security.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ThrottleRepository extends JpaRepository<ThrottleCounter, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ThrottleCounter c where c.key = :key")
    Optional<ThrottleCounter> lockByKey(String key);

    List<ThrottleCounter> findByKeyIn(Collection<String> keys);
}
