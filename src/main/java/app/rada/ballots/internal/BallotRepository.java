package app.rada.ballots.internal;

import app.rada.ballots.BallotStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BallotRepository extends JpaRepository<Ballot, Long> {

    /** The ballot, locked until the transaction ends: votes, opening and closing of one ballot take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.id = :id")
    Optional<Ballot> findForUpdate(long id);

    List<Ballot> findByStatus(BallotStatus status, Pageable page);

    long countByStatus(BallotStatus status);

    @Query("select b.id from Ballot b where b.status = app.rada.ballots.BallotStatus.DRAFT and b.opensAt <= :now")
    List<Long> dueToOpen(Instant now);

    @Query("select b.id from Ballot b where b.status = app.rada.ballots.BallotStatus.OPEN and b.closesAt <= :now")
    List<Long> dueToClose(Instant now);

    @Query("select b.id from Ballot b where b.status = app.rada.ballots.BallotStatus.OPEN "
            + "and ((b.reminded48h = false and b.closesAt <= :in48h) or (b.reminded24h = false and b.closesAt <= :in24h))")
    List<Long> dueForReminder(Instant in48h, Instant in24h);
}
