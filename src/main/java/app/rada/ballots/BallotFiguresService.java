package app.rada.ballots;

import app.rada.ballots.internal.BallotFiguresStore;
import app.rada.shared.security.Access;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about ballots for staff's overviews (turnout, who of a group took part) and for badges. Each is
 * one aggregate query; none says what anyone chose.
 */
@Service
@Transactional(readOnly = true)
public class BallotFiguresService {

    static final int TURNOUT_MAX = 200;

    private final BallotFiguresStore store;

    BallotFiguresService(BallotFiguresStore store) {
        this.store = store;
    }

    /** Turnout of the ballots that closed in a span of time, in the order they closed (at most 200). */
    @PreAuthorize(Access.STAFF)
    public List<BallotTurnout> turnout(Instant from, Instant to) {
        return store.turnout(from, to, TURNOUT_MAX);
    }

    /** How many first votes these people cast in a span of time (for an organisation's overview). */
    @PreAuthorize(Access.STAFF)
    public long votesBy(Collection<Long> personIds, Instant from, Instant to) {
        return personIds.isEmpty() ? 0 : store.votesBy(personIds, from, to);
    }

    /** The ballots that opened in a span of time and that the person could vote in, and how many they voted in. */
    @PreAuthorize(Access.ADMIN)
    public BallotParticipation participation(long personId, Instant from, Instant to) {
        return store.participation(personId, from, to);
    }
}
