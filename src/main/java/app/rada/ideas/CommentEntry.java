package app.rada.ideas;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One comment as the caller may see it, with its replies when it is a top-level comment. A deleted
 * comment carries no text; a hidden one carries the staff's reason, and its text only for staff.
 * {@code editable} tells whether the caller may still edit it (their own, within the edit window).
 */
public record CommentEntry(long id, @Nullable Long parentId, long authorId, Optional<String> authorName,
                           CommentState state, @Nullable String html, @Nullable String markdown,
                           @Nullable String hiddenReason, Instant createdAt, @Nullable Instant editedAt,
                           boolean mine, boolean editable, List<CommentEntry> replies) {

    public CommentEntry {
        replies = List.copyOf(replies);
    }
}
