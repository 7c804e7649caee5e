package app.rada.ideas;

/** The caller's vote on an idea after a toggle, with the idea's counts. */
public record VoteState(boolean voted, int voteCount, int weightedVotes) {
}
