package app.rada.ideas;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One idea as a card on the board. An empty author name means a former member. */
public record IdeaCard(long id, String title, String excerpt, @Nullable Long categoryId, IdeaStatus status,
                       Visibility visibility, int voteCount, int weightedVotes, int commentCount,
                       @Nullable Long touchpointId, Instant createdAt, @Nullable Instant lastAnswerAt,
                       long authorId, Optional<String> authorName, boolean votedByMe) {
}
