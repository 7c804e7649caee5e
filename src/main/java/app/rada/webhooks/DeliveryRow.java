package app.rada.webhooks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of one event to one endpoint, as the admin page lists it.
 *
 * @param responseExcerpt the start of what the receiver answered, as text
 */
public record DeliveryRow(long id, long endpointId, String messageId, String eventType, DeliveryStatus status,
                          int attempts, @Nullable Integer responseCode, @Nullable String responseExcerpt,
                          @Nullable String lastError, Instant createdAt, Instant nextAttemptAt,
                          @Nullable Instant deliveredAt) {
}
