package app.rada.mail.internal;

import app.rada.mail.MailAttachment;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mail one sender has claimed, with everything needed to send it and to record the outcome. */
record ClaimedMail(long id, String claimToken, String recipient, String subject, String bodyHtml, String bodyText,
                   @Nullable String unsubscribeUrl, int attempts, Instant createdAt, List<MailAttachment> attachments) {
}
