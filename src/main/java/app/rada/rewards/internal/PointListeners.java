package app.rada.rewards.internal;

import app.rada.ballots.BallotVoteCast;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaModerated;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.IdeaVoted;
import app.rada.ideas.api.IdeaAudiences;
import app.rada.journeys.AnnotationAdded;
import app.rada.journeys.api.JourneyProgress;
import app.rada.rewards.Badge;
import app.rada.rewards.EntryKind;
import app.rada.sessions.SessionAttended;
import app.rada.sessions.SessionPulseAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points from what members do in the other modules. Each listener runs after the other module's
 * transaction committed, in its own transaction, and is delivered again after a restart until it
 * completes; the ledger's key (kind, source, person) makes a second delivery award nothing.
 */
@Component
class PointListeners {

    private final Ledger ledger;
    private final IdeaAudiences ideas;
    private final JourneyProgress journeys;

    PointListeners(Ledger ledger, IdeaAudiences ideas, JourneyProgress journeys) {
        this.ledger = ledger;
        this.ideas = ideas;
        this.journeys = journeys;
    }

    /** An idea held back for approval earns its submission points when staff approve it, not before. */
    @ApplicationModuleListener
    void on(IdeaSubmitted event) {
        if (!event.awaitingApproval()) {
            ledger.earn(EntryKind.IDEA_SUBMITTED, event.ideaId(), event.authorId());
        }
    }

    /** An idea that waited for approval earns its submission points once staff publish it. */
    @ApplicationModuleListener
    void on(IdeaModerated event) {
        if (event.approved()) {
            ledger.earn(EntryKind.IDEA_SUBMITTED, event.ideaId(), event.authorId());
        }
    }

    /** Coming to a design session (checked in by staff or with the code); the five-sessions badge follows. */
    @ApplicationModuleListener
    void on(SessionAttended event) {
        ledger.earn(EntryKind.SESSION_ATTENDED, event.sessionId(), event.personId());
    }

    /** Answering the pulse after a session, once per session (changing the answer earns nothing more). */
    @ApplicationModuleListener
    void on(SessionPulseAnswered event) {
        ledger.earn(EntryKind.PULSE_ANSWERED, event.sessionId(), event.personId());
    }

    /** A vote earns once per idea and member (taking it back and voting again earns nothing), never on one's own idea. */
    @ApplicationModuleListener
    void on(IdeaVoted event) {
        if (!event.voted()) {
            return;
        }
        var author = ideas.authorOf(event.ideaId());
        if (author.isEmpty() || author.get() == event.personId()) {
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
        ideas.authorOf(event.ideaId()).ifPresent(author -> ledger.earn(
                event.to() == IdeaStatus.DONE ? EntryKind.IDEA_DONE : EntryKind.IDEA_PLANNED, event.ideaId(), author));
    }

    @ApplicationModuleListener
    void on(IdeaCommented event) {
        ledger.earn(EntryKind.COMMENT_POSTED, event.commentId(), event.authorId());
    }

    @ApplicationModuleListener
    void on(AnnotationAdded event) {
        ledger.earn(EntryKind.ANNOTATION_ADDED, event.annotationId(), event.authorId());
        if (journeys.annotatedEveryStage(event.mapId(), event.authorId())) {
            ledger.badge(event.authorId(), Badge.WHOLE_JOURNEY);
        }
    }

    @ApplicationModuleListener
    void on(BallotVoteCast event) {
        ledger.earn(EntryKind.BALLOT_VOTED, event.ballotId(), event.personId());
    }
}
