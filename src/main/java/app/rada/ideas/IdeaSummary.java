package app.rada.ideas;

import org.jspecify.annotations.Nullable;

/** The few facts about an idea other modules need to link to it. */
public record IdeaSummary(long id, String title, IdeaStatus status, long authorId, Visibility visibility,
                          @Nullable Long touchpointId) {
}
