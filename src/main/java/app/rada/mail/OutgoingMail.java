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
 */
public record OutgoingMail(String to, Language language, String kind, String subject, String heading,
                           List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
                           @Nullable String unsubscribeUrl) {

    public OutgoingMail {
        paragraphs = List.copyOf(paragraphs);
    }
}
