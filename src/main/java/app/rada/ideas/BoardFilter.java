package app.rada.ideas;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows: statuses, a category, a tag, the caller's own relation to the idea and a
 * search text. Empty parts do not filter.
 */
public record BoardFilter(Set<IdeaStatus> statuses, @Nullable Long categoryId, @Nullable String tag, boolean mine,
                          boolean voted, boolean followed, @Nullable String text) {

    /** At most this many words of the search text are looked for. */
    public static final int SEARCH_WORDS = 5;

    public BoardFilter {
        statuses = Set.copyOf(statuses);
        tag = tag == null || tag.isBlank() ? null : Tags.normalise(tag);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static BoardFilter all() {
        return new BoardFilter(Set.of(), null, null, false, false, false, null);
    }

    public BoardFilter withText(@Nullable String newText) {
        return new BoardFilter(statuses, categoryId, tag, mine, voted, followed, newText);
    }
}
