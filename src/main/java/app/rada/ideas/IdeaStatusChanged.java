package app.rada.ideas;

import org.jspecify.annotations.Nullable;

/** Staff moved an idea to another status, with a public answer when {@code answered}. */
public record IdeaStatusChanged(long ideaId, @Nullable IdeaStatus from, IdeaStatus to, boolean answered, long staffId) {
}
