package app.rada.api.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select t from ApiToken t order by t.createdAt desc, t.id desc")
    List<ApiToken> newestFirst(Pageable page);

    /** Notes a call without loading the row; written at most about once a minute per token. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(long id, Instant at, Instant before);
}
