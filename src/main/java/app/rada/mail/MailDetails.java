package app.rada.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One mail as staff read it in the outbox.
 *
 * @param bodyHtml the HTML body exactly as sent, or null when withheld
 * @param bodyText the plain-text body, or null when withheld
 * @param withheld whether the bodies are kept from this reader because the mail carries a key to
 *                 someone's account (a password reset link) and the reader is not an administrator
 */
public record MailDetails(long id, String recipient, String language, String kind, String subject, MailStatus status,
                          int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt,
                          @Nullable String lastError, @Nullable String bodyHtml, @Nullable String bodyText,
                          boolean withheld) {

    /** Whether "Retry now" applies: the mail has not been sent yet. */
    public boolean retryable() {
        return status != MailStatus.SENT;
    }
}
