package app.rada.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One idea in the staff's triage queue. An empty author name means a former member.
 *
 * @param waited how long it has waited: since it was submitted while new, since its last status change otherwise
 */
public record TriageRow(long id, String title, IdeaStatus status, Moderation moderation, @Nullable Long categoryId,
                        long authorId, Optional<String> authorName, int voteCount, int weightedVotes,
                        int commentCount, Instant createdAt, @Nullable Instant firstAnswerAt, Duration waited,
                        @Nullable Long ownerId, Optional<String> ownerName, @Nullable String department,
                        int openReports) {
}
