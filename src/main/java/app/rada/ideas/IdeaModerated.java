package app.rada.ideas;

/**
 * Staff decided on an idea that waited for approval: approved, it is listed for every member;
 * rejected, only its author sees it, with the reason on its timeline.
 */
public record IdeaModerated(long ideaId, long authorId, long staffId, boolean approved) {
}
