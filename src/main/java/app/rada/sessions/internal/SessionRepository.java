package app.rada.sessions.internal;

import app.rada.sessions.SessionStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<DesignSession, Long> {

    /**
     * The session, locked until the transaction ends ({@code select … for update}): registrations,
     * cancellations and edits of one session take turns, so seats are never given twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DesignSession s where s.id = :id")
    Optional<DesignSession> findForUpdate(long id);

    /** Scheduled sessions starting within the window, for the reminders. */
    @Query("select s.id from DesignSession s where s.status = :status and s.startsAt > :now and s.startsAt <= :until "
            + "order by s.startsAt")
    List<Long> startingBetween(SessionStatus status, Instant now, Instant until);

    /** Scheduled sessions that have ended and whose attendees have not been asked for the pulse. */
    @Query("select s.id from DesignSession s where s.status = app.rada.sessions.SessionStatus.SCHEDULED "
            + "and s.pulseInvited = false and s.endsAt <= :now and s.endsAt > :since order by s.endsAt")
    List<Long> endedWithoutPulse(Instant now, Instant since);
}
