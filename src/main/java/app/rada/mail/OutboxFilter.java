package app.rada.mail;

import org.jspecify.annotations.Nullable;

/**
 * What staff narrow the outbox to; both parts are optional.
 *
 * @param text found in the recipient or the subject, ignoring case
 */
public record OutboxFilter(@Nullable MailStatus status, @Nullable String text) {

    public static OutboxFilter none() {
        return new OutboxFilter(null, null);
    }
}
