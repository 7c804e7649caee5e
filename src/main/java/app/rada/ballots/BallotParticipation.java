package app.rada.ballots;

/** In how many ballots a person could vote, and in how many of them they did. */
public record BallotParticipation(int eligible, int voted) {
}
