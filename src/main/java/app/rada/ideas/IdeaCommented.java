package app.rada.ideas;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member commented on an idea, perhaps in reply to someone, perhaps mentioning others. */
public record IdeaCommented(long ideaId, long commentId, long authorId, @Nullable Long repliedToAuthorId,
                            List<Long> mentionedIds) {

    public IdeaCommented {
        mentionedIds = List.copyOf(mentionedIds);
    }
}
