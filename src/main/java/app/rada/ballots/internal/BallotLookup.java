package app.rada.ballots.internal;

import app.rada.ballots.BallotResult;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.ballots.Tally;
import app.rada.shared.security.RadaUser;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding a ballot and its counts, the same way for every use case: drafts stay hidden from members,
 * and the counts are only there while they may be seen.
 */
@Component
public class BallotLookup {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final BallotRepository ballots;
    private final BallotStore store;
    private final SecretBallotBox secretBox;

    BallotLookup(BallotRepository ballots, BallotStore store, SecretBallotBox secretBox) {
        this.ballots = ballots;
        this.store = store;
        this.secretBox = secretBox;
    }

    public Ballot ballot(long ballotId) {
        return ballots.findById(ballotId).orElseThrow(() -> missing(ballotId));
    }

    /** The ballot, locked for a change. */
    public Ballot forUpdate(long ballotId) {
        return ballots.findForUpdate(ballotId).orElseThrow(() -> missing(ballotId));
    }

    /** The ballot if the caller may see it: drafts only for staff. */
    public Ballot visible(long ballotId, RadaUser me) {
        var b = ballot(ballotId);
        if (b.getStatus() == BallotStatus.DRAFT && !me.isStaff()) {
            throw missing(ballotId);
        }
        return b;
    }

    /** Every choice made in the ballot, without who made it. */
    public List<String> choices(long ballotId, boolean secret) {
        return secret ? secretBox.choices(ballotId) : store.namedChoices(ballotId);
    }

    /** Counts every choice made so far. */
    public BallotResult count(Ballot b) {
        var choices = choices(b.getId(), b.isSecret()).stream().map(Choice::new).toList();
        return Tally.count(b.getType(), b.getOptions().size(), store.eligibleCount(b.getId()),
                b.getQuorumPercent(), b.getPassPercent(), choices);
    }

    /** The counts when they may be seen: after closing, or while open when the ballot shows them live. */
    public Optional<BallotResult> result(Ballot b) {
        if (b.getStatus() == BallotStatus.CLOSED && b.getResultJson() != null) {
            return Optional.of(JSON.readValue(b.getResultJson(), BallotResult.class));
        }
        if (b.getStatus() == BallotStatus.OPEN && b.getResultsVisibility() == ResultsVisibility.LIVE) {
            return Optional.of(count(b));
        }
        return Optional.empty();
    }

    static String json(BallotResult result) {
        return JSON.writeValueAsString(result);
    }

    public static NoSuchElementException missing(long ballotId) {
        return new NoSuchElementException("ballot " + ballotId);
    }
}
