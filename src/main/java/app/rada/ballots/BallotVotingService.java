package app.rada.ballots;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotStore;
import app.rada.ballots.internal.Receipts;
import app.rada.ballots.internal.SecretBallotBox;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board members vote, change their vote, and check a secret vote with its receipt code. */
@Service
@Transactional(readOnly = true)
public class BallotVotingService {

    private final BallotStore store;
    private final SecretBallotBox secretBox;
    private final BallotLookup lookup;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotVotingService(BallotStore store, SecretBallotBox secretBox, BallotLookup lookup, AuditLog audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.secretBox = secretBox;
        this.lookup = lookup;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Casts or changes the caller's vote. A first vote in a secret ballot returns the receipt code, shown
     * once; changing a secret vote needs that code. Each eligible member has exactly one vote, also when
     * two requests arrive at once: the ballot and the member's voter row are locked while voting.
     */
    @Transactional
    @PreAuthorize(Access.BOARD)
    public Optional<String> vote(long ballotId, Choice choice, @Nullable String receiptCode) {
        var me = CurrentUser.require();
        var ballot = lookup.forUpdate(ballotId);
        var now = Instant.now(clock);
        if (ballot.getStatus() == BallotStatus.DRAFT || now.isBefore(ballot.getOpensAt())) {
            throw new Problem("ballots.problem.not-open");
        }
        if (ballot.getStatus() == BallotStatus.CLOSED || !now.isBefore(ballot.getClosesAt())) {
            throw new Problem("ballots.problem.closed");
        }
        choice.check(ballot.getType(), ballot.getOptions().size(), ballot.getPointsBudget());
        boolean voted = store.lockVoter(ballotId, me.personId())
                .orElseThrow(() -> new Problem("ballots.problem.not-eligible"));
        var entry = AuditRecord.of(voted ? AuditAction.BALLOT_VOTE_CHANGED : AuditAction.BALLOT_VOTED)
                .by(me.personId(), me.email()).on("ballot", ballotId, ballot.getTitle());
        if (!ballot.isSecret()) {
            store.saveOpenVote(ballotId, me.personId(), choice.code(), now);
            store.markVoted(ballotId, me.personId(), now);
            audit.record(entry.detail(choice.code()));
            if (!voted) {
                events.publishEvent(new BallotVoteCast(ballotId, me.personId()));
            }
            return Optional.empty();
        }
        if (!voted) {
            var code = Receipts.newCode();
            secretBox.cast(ballotId, Receipts.hash(ballotId, code), choice.code());
            // kept to the hour: the voter's row says that they voted, not the minute
            store.markVoted(ballotId, me.personId(), now.truncatedTo(ChronoUnit.HOURS));
            audit.record(entry);
            events.publishEvent(new BallotVoteCast(ballotId, me.personId()));
            return Optional.of(code);
        }
        if (receiptCode == null || receiptCode.isBlank()) {
            throw new Problem("ballots.problem.receipt-needed");
        }
        if (!secretBox.change(ballotId, Receipts.hash(ballotId, receiptCode), choice.code())) {
            throw new Problem("ballots.problem.receipt-unknown");
        }
        audit.record(entry);
        return Optional.empty();
    }

    /** What was chosen under a receipt code of a secret ballot; empty when the code is unknown. */
    @PreAuthorize(Access.BOARD)
    public Optional<Choice> checkReceipt(long ballotId, String receiptCode) {
        var b = lookup.visible(ballotId, CurrentUser.require());
        if (!b.isSecret() || receiptCode.isBlank()) {
            return Optional.empty();
        }
        return secretBox.choice(ballotId, Receipts.hash(ballotId, receiptCode)).map(Choice::new);
    }
}
