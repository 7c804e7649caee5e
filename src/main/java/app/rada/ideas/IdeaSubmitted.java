package app.rada.ideas;

/** A member submitted an idea. {@code awaitingApproval} when pre-moderation holds it back. */
public record IdeaSubmitted(long ideaId, long authorId, Visibility visibility, boolean awaitingApproval) {
}
