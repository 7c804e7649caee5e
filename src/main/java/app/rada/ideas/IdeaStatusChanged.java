package app.rada.ideas;

import org.jspecify.annotations.Nullable;

/**
 * Staff moved an idea to another status, with a public answer when {@code answered}.
 *
 * @param answerId the step on the idea's timeline this change wrote; it tells two changes with the same
 *                 statuses apart, so a listener can recognise the same change delivered again
 */
public record IdeaStatusChanged(long ideaId, @Nullable IdeaStatus from, IdeaStatus to, boolean answered, long staffId,
                                long answerId) {
}
