package app.rada.api.ideas;

import app.rada.ideas.CommentEntry;
import app.rada.ideas.CommentState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the caller may see it: the text as written (Markdown) and as sanitised HTML, absent when it was
 * deleted or hidden (a hidden one carries staff's reason); top-level comments carry their replies.
 */
public record CommentItem(long id, @Nullable Long parentId, long authorId, @Nullable String authorName,
                          CommentState state, @Nullable String text, @Nullable String html,
                          @Nullable String hiddenReason, Instant createdAt, @Nullable Instant editedAt,
                          List<CommentItem> replies) {

    public CommentItem {
        replies = List.copyOf(replies);
    }

    static CommentItem of(CommentEntry entry) {
        return new CommentItem(entry.id(), entry.parentId(), entry.authorId(), entry.authorName().orElse(null),
                entry.state(), entry.markdown(), entry.html(), entry.hiddenReason(), entry.createdAt(),
                entry.editedAt(), entry.replies().stream().map(CommentItem::of).toList());
    }
}
