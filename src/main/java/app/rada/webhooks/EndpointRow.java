package app.rada.webhooks;

import java.time.Instant;
import java.util.Set;

/** An endpoint as the admin page lists it; the secret is never part of it. */
public record EndpointRow(long id, String name, String url, Set<WebhookEvent> events, WebhookFormat format,
                          boolean enabled, Instant updatedAt) {

    public EndpointRow {
        events = Set.copyOf(events);
    }

    public EndpointDraft draft() {
        return new EndpointDraft(name, url, events, format, enabled);
    }
}
