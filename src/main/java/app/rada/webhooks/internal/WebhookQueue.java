package app.rada.webhooks.internal;

import app.rada.ballots.BallotClosed;
import app.rada.ballots.BallotOpened;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaMerged;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.IdeaVoted;
import app.rada.journeys.AnnotationAdded;
import app.rada.rewards.RedemptionRequested;
import app.rada.sessions.SessionChanged;
import app.rada.sessions.SessionScheduled;
import app.rada.webhooks.WebhookEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happened into deliveries, one per subscribed endpoint, in the transaction of the change
 * itself: plain (synchronous) listeners run inside the publisher's transaction, so a delivery exists
 * exactly when the change committed. Nothing is sent here; the sender picks the rows up.
 *
 * <p>Only what the event says is stored here (ids, statuses); the message is written when it is first
 * sent, from the facts and the data as they are then. No person is named in the facts.
 */
@Component
class WebhookQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookStore store;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookQueue(WebhookStore store, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(IdeaSubmitted event) {
        queue(WebhookEvent.IDEA_SUBMITTED, facts("ideaId", event.ideaId(), "visibility", event.visibility().name(),
                "awaitingApproval", event.awaitingApproval()));
    }

    @EventListener
    void on(IdeaStatusChanged event) {
        queue(WebhookEvent.IDEA_STATUS_CHANGED, facts("ideaId", event.ideaId(),
                "from", event.from() == null ? null : event.from().name(), "to", event.to().name(),
                "answered", event.answered()));
    }

    @EventListener
    void on(IdeaMerged event) {
        queue(WebhookEvent.IDEA_MERGED, facts("ideaId", event.ideaId(), "intoIdeaId", event.intoIdeaId()));
    }

    @EventListener
    void on(IdeaCommented event) {
        queue(WebhookEvent.IDEA_COMMENTED, facts("ideaId", event.ideaId(), "commentId", event.commentId()));
    }

    /**
     * Votes on one idea are gathered: while a delivery about the idea waits for its window to pass,
     * further votes only move its time; when it is sent, it carries the counts of that moment.
     */
    @EventListener
    void on(IdeaVoted event) {
        var now = clock.instant();
        var key = "idea:" + event.ideaId();
        var facts = facts("ideaId", event.ideaId());
        for (long endpoint : store.subscribers(WebhookEvent.IDEA_VOTED)) {
            if (!store.foldIntoWaiting(endpoint, key, now)) {
                store.queue(endpoint, WebhookEvent.IDEA_VOTED, key, facts, now, now.plus(settings.voteWindow()));
            }
        }
    }

    @EventListener
    void on(BallotOpened event) {
        queue(WebhookEvent.BALLOT_OPENED, facts("ballotId", event.ballotId(), "title", event.title(),
                "closesAt", event.closesAt().toString()));
    }

    @EventListener
    void on(BallotClosed event) {
        // the outcome only: a secret ballot's choices never leave the ballots module
        queue(WebhookEvent.BALLOT_CLOSED, facts("ballotId", event.ballotId(), "title", event.title(),
                "outcome", event.outcome().name()));
    }

    @EventListener
    void on(SessionScheduled event) {
        queue(WebhookEvent.SESSION_SCHEDULED, facts("sessionId", event.sessionId()));
    }

    @EventListener
    void on(SessionChanged event) {
        queue(WebhookEvent.SESSION_CHANGED, facts("sessionId", event.sessionId(), "cancelled", event.cancelled()));
    }

    @EventListener
    void on(AnnotationAdded event) {
        queue(WebhookEvent.ANNOTATION_ADDED, facts("annotationId", event.annotationId(), "mapId", event.mapId(),
                "touchpointId", event.touchpointId(), "kind", event.kind().name(), "emotion", event.emotion().name()));
    }

    @EventListener
    void on(RedemptionRequested event) {
        // who asked is left out: receivers see what was asked for, and staff see who in the portal
        queue(WebhookEvent.REWARD_REDEEMED, facts("redemptionId", event.redemptionId(),
                "rewardEn", event.rewardNameEn(), "rewardPl", event.rewardNamePl(), "cost", event.cost()));
    }

    /** Queues a test event for one endpoint, due at once. */
    long test(long endpointId) {
        var now = clock.instant();
        return store.queue(endpointId, WebhookEvent.TEST, null, facts("endpointId", endpointId), now, now);
    }

    private void queue(WebhookEvent event, String facts) {
        var now = clock.instant();
        for (long endpoint : store.subscribers(event)) {
            store.queue(endpoint, event, null, facts, now, now);
        }
    }

    static String facts(@Nullable Object... pairs) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

}
