package app.rada.ballots;

/**
 * A member cast their first vote in a ballot. It never says what they chose: that a member voted is
 * already open to staff (the voters list and the audit log), what they chose in a secret ballot is not.
 * Changing a vote publishes nothing.
 */
public record BallotVoteCast(long ballotId, long personId) {
}
