package app.rada.ballots.api;

import app.rada.ballots.internal.BallotStore;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whom a notice about a ballot goes to. */
@Component
@Transactional(readOnly = true)
public class BallotAudiences {

    private final BallotStore store;

    BallotAudiences(BallotStore store) {
        this.store = store;
    }

    /** The members eligible to vote on the ballot. */
    public List<Long> eligible(long ballotId) {
        return store.voters(ballotId);
    }

    /** The eligible members who have not voted yet. */
    public List<Long> notYetVoted(long ballotId) {
        return store.nonVoters(ballotId);
    }
}
