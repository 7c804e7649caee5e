package app.rada.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event an endpoint can subscribe to, each with the stable name receivers see in {@code type}. */
public enum WebhookEvent {
    IDEA_SUBMITTED("idea.submitted"),
    IDEA_STATUS_CHANGED("idea.status_changed"),
    IDEA_MERGED("idea.merged"),
    IDEA_COMMENTED("idea.commented"),
    IDEA_VOTED("idea.voted"),
    BALLOT_OPENED("ballot.opened"),
    BALLOT_CLOSED("ballot.closed"),
    SESSION_SCHEDULED("session.scheduled"),
    SESSION_CHANGED("session.changed"),
    ANNOTATION_ADDED("annotation.added"),
    REWARD_REDEEMED("reward.redeemed"),
    /** Sent by hand from the admin page; every endpoint receives it, whatever it subscribed to. */
    TEST("webhook.test");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name in payloads, for example {@code idea.submitted}. */
    public String type() {
        return type;
    }

    public String labelKey() {
        return "webhooks.event." + type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }

    /** The events an administrator may subscribe to (all but the test event). */
    public static java.util.List<WebhookEvent> subscribable() {
        return Arrays.stream(values()).filter(e -> e != TEST).toList();
    }
}
