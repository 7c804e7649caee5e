package app.rada.ballots;

import java.time.Instant;

/** How many of a closed ballot's eligible members voted. */
public record BallotTurnout(long ballotId, String title, Instant closedAt, int eligible, int voted) {

    public double percent() {
        return eligible == 0 ? 0 : 100.0 * voted / eligible;
    }
}
