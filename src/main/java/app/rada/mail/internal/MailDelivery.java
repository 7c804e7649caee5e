package app.rada.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox over SMTP: claims each due mail, sends it as HTML with a plain-text alternative,
 * and records the outcome. A failed attempt is tried again after 1, 2, 4 … minutes (at most an hour
 * apart) until the last attempt, when the mail is given up on and staff see it as failed.
 *
 * <p>Exists only when a mail server is configured ({@code spring.mail.host}).
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final OutboxStore store;
    private final LinkRedaction redaction;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Session session = Session.getInstance(new Properties());

    MailDelivery(OutboxStore store, LinkRedaction redaction, JavaMailSender sender, MailSettings settings,
                 Clock clock) {
        this.store = store;
        this.redaction = redaction;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.from = sender(settings.from());
        var address = from.getAddress();
        this.messageIdDomain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "rada.local";
    }

    private static InternetAddress sender(String configured) {
        try {
            var parsed = new InternetAddress(configured, true);
            return parsed.getPersonal() == null ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("rada.mail.from is not an e-mail address: " + configured, e);
        }
    }

    /** Sends up to one batch of due mail; returns how many were delivered. Safe to run on several nodes at once. */
    public int deliverDue() {
        int delivered = 0;
        for (long id : store.due(clock.instant(), settings.batchSize())) {
            var now = clock.instant();
            var claimed = store.claim(id, UUID.randomUUID().toString(), now, now.plus(settings.claimDuration()));
            if (claimed.isPresent() && deliver(claimed.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(ClaimedMail mail) {
        try {
            sender.send(message(mail));
        } catch (MessagingException | RuntimeException e) {
            recordFailure(mail, e);
            return false;
        }
        if (!store.sent(mail, clock.instant())) {
            log.warn("Mail {} was delivered after its claim had expired; another sender may deliver it too", mail.id());
        }
        // delivered: the outbox's copy no longer needs a link that signs someone in
        redaction.redact(mail.id());
        return true;
    }

    private void recordFailure(ClaimedMail mail, Exception e) {
        int attempts = mail.attempts() + 1;
        // a malformed address never becomes deliverable; everything else (server down, refused, timed out) may
        boolean giveUp = attempts >= settings.maxAttempts() || malformedAddress(e);
        var next = clock.instant().plus(settings.retryDelay(attempts));
        store.failed(mail, attempts, giveUp, describe(e), next);
        if (giveUp) {
            log.warn("Mail {} to its recipient failed for good after {} attempts: {}", mail.id(), attempts, describe(e));
        } else {
            log.warn("Mail {} failed (attempt {}), next attempt at {}: {}", mail.id(), attempts, next, describe(e));
        }
    }

    private MimeMessage message(ClaimedMail mail) throws MessagingException {
        var message = new OutboxMessage(session, "<rada." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@"
                + messageIdDomain + ">");
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        var text = new MimeBodyPart();
        text.setText(mail.bodyText(), UTF_8, "plain");
        var html = new MimeBodyPart();
        html.setText(mail.bodyHtml(), UTF_8, "html");
        var alternative = new MimeMultipart("alternative", text, html);
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            // the readable mail first, then each file as an attachment of its own
            var body = new MimeBodyPart();
            body.setContent(alternative);
            var mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            for (var file : mail.attachments()) {
                var part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(file.fileName());
                part.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static boolean malformedAddress(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        var root = NestedExceptionUtils.getMostSpecificCause(e);
        var text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /**
     * A message whose Message-ID comes from the outbox row, so that in the rare case of a second
     * delivery (see the decision record on claims) mail clients can tell it is the same message.
     */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
