package app.rada.mail.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail one sender has claimed, with everything needed to send it and to record the outcome. */
record ClaimedMail(long id, String claimToken, String recipient, String subject, String bodyHtml, String bodyText,
                   @Nullable String unsubscribeUrl, int attempts, Instant createdAt) {
}
