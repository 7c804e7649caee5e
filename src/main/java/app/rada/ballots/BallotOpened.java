package app.rada.ballots;

import java.time.Instant;

/**
 * A ballot opened. Who may vote is asked from {@link BallotSchedulingService#voters}: events stay small, whatever
 * the size of the board.
 */
public record BallotOpened(long ballotId, String title, Instant closesAt) {
}
