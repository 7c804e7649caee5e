package app.rada.api.ideas;

import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An idea in a list. {@code authorName} is null for a former member. */
public record IdeaItem(long id, String title, String excerpt, @Nullable Long categoryId, IdeaStatus status,
                       Visibility visibility, int votes, int weightedVotes, int comments,
                       @Nullable Long touchpointId, Instant createdAt, @Nullable Instant lastAnswerAt, long authorId,
                       @Nullable String authorName, boolean votedByMe) {

    static IdeaItem of(IdeaCard card) {
        return new IdeaItem(card.id(), card.title(), card.excerpt(), card.categoryId(), card.status(),
                card.visibility(), card.voteCount(), card.weightedVotes(), card.commentCount(), card.touchpointId(),
                card.createdAt(), card.lastAnswerAt(), card.authorId(), card.authorName().orElse(null),
                card.votedByMe());
    }
}
