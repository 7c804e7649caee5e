package app.rada.ideas;

import java.util.List;

/** A member edited their comment; {@code newlyMentionedIds} are the members it names now and did not before. */
public record IdeaCommentEdited(long ideaId, long commentId, long authorId, List<Long> newlyMentionedIds) {

    public IdeaCommentEdited {
        newlyMentionedIds = List.copyOf(newlyMentionedIds);
    }
}
