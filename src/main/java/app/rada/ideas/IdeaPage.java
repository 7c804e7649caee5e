package app.rada.ideas;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Everything the idea page shows to the caller; staff-only parts are absent for others. */
public record IdeaPage(long id, String title, String descriptionHtml, String description, @Nullable Long categoryId,
                       List<String> tags, IdeaStatus status, Visibility visibility, Moderation moderation,
                       long authorId, Optional<String> authorName, Instant createdAt, int voteCount, int weightedVotes,
                       int commentCount, boolean votedByMe, boolean followedByMe, boolean mine, boolean editable,
                       List<Long> imageIds, List<AnswerEntry> timeline, @Nullable Long mergedIntoId,
                       @Nullable String mergedIntoTitle, @Nullable Long touchpointId, @Nullable Long ownerId,
                       Optional<String> ownerName, @Nullable String department) {
}
