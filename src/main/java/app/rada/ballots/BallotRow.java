package app.rada.ballots;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ballot in a list.
 *
 * @param eligible whether the caller is among the ballot's voters
 * @param voted whether the caller has voted
 */
public record BallotRow(long id, String title, BallotType type, BallotStatus status, boolean secret, Instant opensAt,
                        Instant closesAt, @Nullable Instant closedAt, @Nullable Outcome outcome, int votes,
                        int eligibleCount, boolean eligible, boolean voted) {
}
