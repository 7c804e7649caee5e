package app.rada.rewards.internal;

import app.rada.ballots.BallotVoteCast;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.IdeaVoted;
import app.rada.journeys.AnnotationAdded;
import app.rada.journeys.JourneyFiguresService;
import app.rada.rewards.Badge;
import app.rada.rewards.EntryKind;
import app.rada.shared.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points from what members do in the other modules. Each listener runs after the other module's
 * transaction committed, in its own transaction, and is delivered again after a restart until it
 * completes; the ledger's key (kind, source, person) makes a second delivery award nothing.
 * <p>
 * Design sessions add their points with one more listener of the same shape:
 * {@code ledger.earn(EntryKind.SESSION_ATTENDED, e.sessionId(), e.personId())} for an attendance and
 * {@code ledger.earn(EntryKind.PULSE_ANSWERED, e.sessionId(), e.personId())} for a pulse answer; the
 * badge for five sessions follows by itself.
 */
@Component
class PointListeners {

    private final Ledger ledger;
    private final IdeaService ideas;
    private final JourneyFiguresService journeys;

    PointListeners(Ledger ledger, IdeaService ideas, JourneyFiguresService journeys) {
        this.ledger = ledger;
        this.ideas = ideas;
        this.journeys = journeys;
    }

    /** An idea held back for approval earns its points when it is planned or done, not before. */
    @ApplicationModuleListener
    void on(IdeaSubmitted event) {
        if (!event.awaitingApproval()) {
            ledger.earn(EntryKind.IDEA_SUBMITTED, event.ideaId(), event.authorId());
        }
    }

    /** A vote earns once per idea and member (taking it back and voting again earns nothing), never on one's own idea. */
    @ApplicationModuleListener
    void on(IdeaVoted event) {
        if (!event.voted()) {
            return;
        }
        var idea = SystemActor.call(() -> ideas.summary(event.ideaId()));
        if (idea.isEmpty() || idea.get().authorId() == event.personId()) {
            return;
        }
        ledger.earn(EntryKind.IDEA_VOTED, event.ideaId(), event.personId());
    }

    /** The author earns when staff plan their idea and when it is done, each once. */
    @ApplicationModuleListener
    void on(IdeaStatusChanged event) {
        if (event.to() != IdeaStatus.PLANNED && event.to() != IdeaStatus.DONE || event.from() == event.to()) {
            return;
        }
        var idea = SystemActor.call(() -> ideas.summary(event.ideaId()));
        idea.ifPresent(i -> ledger.earn(event.to() == IdeaStatus.DONE ? EntryKind.IDEA_DONE : EntryKind.IDEA_PLANNED,
                i.id(), i.authorId()));
    }

    @ApplicationModuleListener
    void on(IdeaCommented event) {
        ledger.earn(EntryKind.COMMENT_POSTED, event.commentId(), event.authorId());
    }

    @ApplicationModuleListener
    void on(AnnotationAdded event) {
        ledger.earn(EntryKind.ANNOTATION_ADDED, event.annotationId(), event.authorId());
        if (SystemActor.call(() -> journeys.annotatedEveryStage(event.mapId(), event.authorId()))) {
            ledger.badge(event.authorId(), Badge.WHOLE_JOURNEY);
        }
    }

    @ApplicationModuleListener
    void on(BallotVoteCast event) {
        ledger.earn(EntryKind.BALLOT_VOTED, event.ballotId(), event.personId());
    }
}
