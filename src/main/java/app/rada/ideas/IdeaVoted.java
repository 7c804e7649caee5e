package app.rada.ideas;

/** A member gave ({@code voted}) or took back their vote on an idea. */
public record IdeaVoted(long ideaId, long personId, boolean voted, int voteCount) {
}
