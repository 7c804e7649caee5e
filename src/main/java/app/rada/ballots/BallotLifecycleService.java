package app.rada.ballots;

import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotTransitions;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff open a draft before its time, or close an open ballot early with a reason everyone sees. */
@Service
@Transactional(readOnly = true)
public class BallotLifecycleService {

    public static final int REASON_MAX = 1000;

    private final BallotLookup lookup;
    private final BallotTransitions transitions;
    private final Clock clock;
    private final Validator validator;

    BallotLifecycleService(BallotLookup lookup, BallotTransitions transitions, Clock clock, Validator validator) {
        this.validator = validator;
        this.lookup = lookup;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Opens a draft now, freezing the board members of today as its voters. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void open(long ballotId) {
        var ballot = lookup.forUpdate(ballotId);
        if (ballot.getStatus() != BallotStatus.DRAFT) {
            throw new Problem("ballots.problem.not-draft");
        }
        var now = Instant.now(clock);
        if (!ballot.getClosesAt().isAfter(now)) {
            throw new Problem("ballots.problem.closes-past");
        }
        transitions.openNow(ballot, now, CurrentUser.require());
    }

    /** Closes an open ballot before its time, with a reason everyone sees; the result is counted as usual. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void closeEarly(long ballotId, String reason) {
        var clean = reason.strip();
        DraftRules.firstProblem(validator, new CloseReason(clean), List.of("reason")).ifPresent(key -> {
            throw new Problem(key, REASON_MAX);
        });
        var ballot = lookup.forUpdate(ballotId);
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new Problem("ballots.problem.not-open");
        }
        transitions.closeNow(ballot, Instant.now(clock), CurrentUser.require(), clean);
    }
}
