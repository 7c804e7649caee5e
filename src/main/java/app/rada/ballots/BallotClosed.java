package app.rada.ballots;

/** A ballot closed with its outcome; who could vote is asked from {@link BallotSchedulingService#voters}. */
public record BallotClosed(long ballotId, String title, Outcome outcome) {
}
