package app.rada.webhooks.internal;

import app.rada.webhooks.WebhookFormat;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A delivery one sender holds, with what it needs to send it. The secret never appears in {@link #toString()}. */
record ClaimedDelivery(long id, String claimToken, String messageId, String eventType, String facts,
                       @Nullable String body, Instant occurredAt, int attempts, String url, String secret,
                       WebhookFormat format) {

    @Override
    public String toString() {
        return "ClaimedDelivery[id=" + id + ", type=" + eventType + ", attempts=" + attempts + "]";
    }
}
