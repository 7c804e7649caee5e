package app.rada.ballots;

/** A ballot closed with its outcome; who could vote is asked from {@link BallotService#voters}. */
public record BallotClosed(long ballotId, String title, Outcome outcome) {
}
