package app.rada.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByEmail(String email);

    List<Invitation> findByEmailAndAcceptedAtIsNullAndRevokedAtIsNull(String email);

    @Query("select i from Invitation i where (:text is null or i.email like :text or lower(i.name) like :text) "
            + "order by i.createdAt desc, i.id desc")
    List<Invitation> page(String text, Pageable page);

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now "
            + "order by i.createdAt, i.id")
    List<Invitation> pending(Instant now, Pageable page);

    @Query("select count(i) from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now")
    long countPending(Instant now);

    @Query("select count(i) from Invitation i where (:text is null or i.email like :text or lower(i.name) like :text)")
    long count(String text);
}
