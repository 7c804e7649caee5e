package app.rada.ideas;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An open report by a member about an idea or one of its comments, for staff to look at. */
public record IdeaReport(long id, long ideaId, String ideaTitle, @Nullable Long commentId, long reporterId,
                         Optional<String> reporterName, String reason, Instant createdAt) {
}
