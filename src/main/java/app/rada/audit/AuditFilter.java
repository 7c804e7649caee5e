package app.rada.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the admin narrows the audit log to; every part is optional.
 *
 * @param text found in the actor's or the target's label, ignoring case
 * @param from entries at or after this instant
 * @param until entries before this instant
 */
public record AuditFilter(@Nullable AuditAction action, @Nullable String text, @Nullable Instant from,
                          @Nullable Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
