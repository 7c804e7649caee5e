package app.rada.ballots.internal;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.BallotClosed;
import app.rada.ballots.BallotOpened;
import app.rada.ballots.Outcome;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opening and closing a ballot, the same whether staff do it by hand or the clock does it on time.
 * Callers hold the ballot's lock and have checked its status.
 */
@Component
public class BallotTransitions {

    private static final Logger log = LoggerFactory.getLogger(BallotTransitions.class);

    private final BallotStore store;
    private final SecretBallotBox secretBox;
    private final BallotLookup lookup;
    private final PeopleService people;
    private final IdeaService ideas;
    private final TriageService triage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    BallotTransitions(BallotStore store, SecretBallotBox secretBox, BallotLookup lookup, PeopleService people,
                      IdeaService ideas, TriageService triage, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.secretBox = secretBox;
        this.lookup = lookup;
        this.people = people;
        this.ideas = ideas;
        this.triage = triage;
        this.audit = audit;
        this.events = events;
    }

    /** Opens the ballot, freezing the board members of today as its voters. */
    public void openNow(Ballot ballot, Instant now, RadaUser actor) {
        var voters = people.currentBoardMembers();
        ballot.open(now);
        store.freezeVoters(ballot.getId(), voters);
        if (ballot.isSecret()) {
            secretBox.open(ballot.getId(), voters.size());
        }
        audit.record(AuditRecord.of(AuditAction.BALLOT_OPENED).by(actorId(actor), actor.email())
                .on("ballot", ballot.getId(), ballot.getTitle()).detail(voters.size() + " eligible"));
        events.publishEvent(new BallotOpened(ballot.getId(), ballot.getTitle(), ballot.getClosesAt()));
    }

    /** Closes the ballot and keeps its counts; a reason is given only when staff close it early. */
    public void closeNow(Ballot ballot, Instant now, RadaUser actor, @Nullable String reason) {
        long id = ballot.getId();
        var result = lookup.count(ballot);
        ballot.close(now, actorId(actor), reason, result.outcome(), BallotLookup.json(result));
        audit.record(AuditRecord.of(AuditAction.BALLOT_CLOSED).by(actorId(actor), actor.email())
                .on("ballot", id, ballot.getTitle())
                .detail(result.outcome().name() + ", " + result.votes() + "/" + result.eligible()
                        + (reason == null ? "" : ", early: " + reason)));
        if (result.outcome() == Outcome.PASSED && ballot.getPassStatus() != null) {
            // a choice ballot decides between its options: only the idea the winner stands for moves
            var decided = !ballot.getType().hasOptions() ? List.copyOf(ballot.getIdeaIds())
                    : result.winner() == null ? List.<Long>of() : store.ideasOfOption(id, result.winner());
            moveIdeas(ballot, decided, ballot.getPassStatus());
        }
        events.publishEvent(new BallotClosed(id, ballot.getTitle(), result.outcome()));
    }

    /**
     * Moves the linked ideas the normal way, so their voters and followers hear of it. Ideas that
     * cannot move (merged away meanwhile, or already there with nothing to say) are left as they are.
     */
    private void moveIdeas(Ballot ballot, List<Long> ideaIds, IdeaStatus to) {
        var statement = ballot.getOutcomeStatement();
        // whoever closes the ballot (staff early, or the clock at its time) may move ideas themselves
        for (long ideaId : ideaIds) {
            var idea = ideas.summary(ideaId);
            if (idea.isEmpty() || idea.get().status() == IdeaStatus.MERGED
                    || idea.get().status() == to && statement == null) {
                log.info("Ballot {} leaves idea {} as it is", ballot.getId(), ideaId);
                continue;
            }
            triage.changeStatus(ideaId, to, statement);
        }
    }

    private static @Nullable Long actorId(RadaUser actor) {
        return actor.personId() == SystemActor.SYSTEM_ID ? null : actor.personId();
    }
}
