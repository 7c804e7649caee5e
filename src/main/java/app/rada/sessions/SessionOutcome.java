package app.rada.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something the session decided or found, with the idea it became.
 *
 * @param textHtml the text rendered from Markdown, safe to show
 * @param ideaId the idea it was turned into, or null
 */
public record SessionOutcome(long id, String title, String text, String textHtml, @Nullable Long ideaId,
                             @Nullable String ideaTitle, Instant createdAt) {

    public static final int TITLE_MAX = 120;
    public static final int TEXT_MAX = 5000;
}
