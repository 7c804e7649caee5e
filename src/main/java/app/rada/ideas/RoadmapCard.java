package app.rada.ideas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An idea on the roadmap: what it is, where it stands and since when. */
public record RoadmapCard(long id, String title, IdeaStatus status, @Nullable Long categoryId, int voteCount,
                          int commentCount, Instant statusChangedAt, @Nullable Instant doneAt) {
}
