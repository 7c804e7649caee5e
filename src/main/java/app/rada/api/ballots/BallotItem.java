package app.rada.api.ballots;

import app.rada.ballots.BallotRow;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ballot in a list. {@code eligible}: the token's person is among its voters; {@code voted}: they have
 * voted (never what they chose).
 */
public record BallotItem(long id, String title, BallotType type, BallotStatus status, boolean secret,
                         Instant opensAt, Instant closesAt, @Nullable Instant closedAt, @Nullable Outcome outcome,
                         int votes, int eligibleCount, boolean eligible, boolean voted) {

    static BallotItem of(BallotRow row) {
        return new BallotItem(row.id(), row.title(), row.type(), row.status(), row.secret(), row.opensAt(),
                row.closesAt(), row.closedAt(), row.outcome(), row.votes(), row.eligibleCount(), row.eligible(),
                row.voted());
    }
}
