package app.rada.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log as the admin reads it. */
public record AuditRow(long id, Instant occurredAt, AuditAction action, @Nullable String actorLabel,
                       @Nullable String targetType, @Nullable String targetLabel, @Nullable String detail,
                       @Nullable String clientAddress) {
}
