package app.rada.ballots;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The few ballot steps other modules still reach through one door: the notifications ask who may vote,
 * and other modules' tests prepare ballots with it. Each call goes to its use-case service, which checks
 * access and holds the transaction; code inside this module calls those services directly.
 */
@Service
public class BallotService {

    private final BallotEditingService editing;
    private final BallotLifecycleService lifecycle;
    private final BallotVotingService voting;
    private final BallotDiscussionService discussion;
    private final BallotSchedulingService scheduling;

    BallotService(BallotEditingService editing, BallotLifecycleService lifecycle, BallotVotingService voting,
                  BallotDiscussionService discussion, BallotSchedulingService scheduling) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.voting = voting;
        this.discussion = discussion;
        this.scheduling = scheduling;
    }

    /** See {@link BallotEditingService#create}. */
    public long create(BallotDraft draft) {
        return editing.create(draft);
    }

    /** See {@link BallotLifecycleService#open}. */
    public void open(long ballotId) {
        lifecycle.open(ballotId);
    }

    /** See {@link BallotLifecycleService#closeEarly}. */
    public void closeEarly(long ballotId, String reason) {
        lifecycle.closeEarly(ballotId, reason);
    }

    /** See {@link BallotVotingService#vote}. */
    public Optional<String> vote(long ballotId, Choice choice, @Nullable String receiptCode) {
        return voting.vote(ballotId, choice, receiptCode);
    }

    /** See {@link BallotDiscussionService#comment}. */
    public void comment(long ballotId, String text) {
        discussion.comment(ballotId, text);
    }

    /** See {@link BallotSchedulingService#voters}. */
    public List<Long> voters(long ballotId) {
        return scheduling.voters(ballotId);
    }

    /** See {@link BallotSchedulingService#nonVoters}. */
    public List<Long> nonVoters(long ballotId) {
        return scheduling.nonVoters(ballotId);
    }
}
