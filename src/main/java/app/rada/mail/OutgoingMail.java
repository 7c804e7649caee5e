package app.rada.mail;

import app.rada.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail as structured content; the mail module turns it into HTML and plain text in one branded
 * layout, escaping every part, so no caller writes HTML. All texts are already in the recipient's
 * language.
 *
 * @param kind what kind of mail this is (for example {@code invitation}, {@code password-reset}); it
 *             decides which notification preference an unsubscribe link turns off
 * @param unsubscribeUrl the one-click unsubscribe address for this kind, or null for mail a person
 *                       cannot opt out of (invitations, password resets)
 * @param attachments files sent with the mail, such as a calendar entry; usually none
 * @param linkExpiresAt set when the action link is a secret (it signs someone in or lets them set a
 *                      password): the outbox cuts the link out of its copy once the mail is delivered
 *                      or this moment has passed. Invitations and password resets are treated as
 *                      secret even without it, and then lose their link at delivery.
 */
public record OutgoingMail(String to, Language language, String kind, String subject, String heading,
                           List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
                           @Nullable String unsubscribeUrl, List<MailAttachment> attachments,
                           @Nullable Instant linkExpiresAt) {

    /** Kinds whose action link is always a secret, whoever writes them. */
    static final Set<String> SECRET_KINDS = Set.of("invitation", "password-reset");

    public OutgoingMail {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }

    /** A mail whose action link is no secret. */
    public OutgoingMail(String to, Language language, String kind, String subject, String heading,
                        List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
                        @Nullable String unsubscribeUrl, List<MailAttachment> attachments) {
        this(to, language, kind, subject, heading, paragraphs, actionLabel, actionUrl, unsubscribeUrl, attachments,
                null);
    }

    /** A mail without attachments. */
    public OutgoingMail(String to, Language language, String kind, String subject, String heading,
                        List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
                        @Nullable String unsubscribeUrl) {
        this(to, language, kind, subject, heading, paragraphs, actionLabel, actionUrl, unsubscribeUrl, List.of());
    }

    /** The same mail with these files attached. */
    public OutgoingMail withAttachments(List<MailAttachment> files) {
        return new OutgoingMail(to, language, kind, subject, heading, paragraphs, actionLabel, actionUrl,
                unsubscribeUrl, files, linkExpiresAt);
    }

    /** The same mail, its action link a secret that stops working at {@code expiresAt}. */
    public OutgoingMail withSecretLink(Instant expiresAt) {
        return new OutgoingMail(to, language, kind, subject, heading, paragraphs, actionLabel, actionUrl,
                unsubscribeUrl, attachments, expiresAt);
    }

    /** Whether the action link is a secret the outbox must not keep once it is delivered or expired. */
    public boolean secretLink() {
        return actionUrl != null && (linkExpiresAt != null || SECRET_KINDS.contains(kind));
    }
}
