package app.rada.mail;

import app.rada.shared.Language;
import java.util.List;
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
 */
public record OutgoingMail(String to, Language language, String kind, String subject, String heading,
                           List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
                           @Nullable String unsubscribeUrl, List<MailAttachment> attachments) {

    public OutgoingMail {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
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
                unsubscribeUrl, files);
    }
}
