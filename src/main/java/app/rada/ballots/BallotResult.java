package app.rada.ballots;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counted result of a ballot, stored as JSON when it closes (and computed on the fly while it is
 * open, when results are live).
 *
 * @param eligible members who could vote (frozen at opening)
 * @param votes members who voted
 * @param yes approve / reject only, like {@code no} and {@code abstain}
 * @param totals per option: votes (one choice), first preferences (ranked) or points (points)
 * @param rounds ranked choice only: the instant-runoff rounds, first round first
 * @param winner the winning option's position, when there is one
 * @param tie true when the highest count was shared, so no option won (one choice, points)
 */
public record BallotResult(BallotType type, Outcome outcome, int eligible, int votes, int quorumPercent,
                           boolean quorumReached, int passPercent, int yes, int no, int abstain, List<Long> totals,
                           List<Round> rounds, @Nullable Integer winner, boolean tie) {

    public BallotResult {
        totals = List.copyOf(totals);
        rounds = List.copyOf(rounds);
    }

    /** Turnout as a percentage of the eligible members, one decimal. */
    public double turnoutPercent() {
        return eligible == 0 ? 0 : Math.round(votes * 1000.0 / eligible) / 10.0;
    }

    /** Share of yes among yes and no, one decimal. */
    public double yesPercent() {
        return yes + no == 0 ? 0 : Math.round(yes * 1000.0 / (yes + no)) / 10.0;
    }

    /**
     * One instant-runoff round.
     *
     * @param counts per option position; {@code -1} for an option already eliminated
     * @param continuing ballots that still rank an option in the race
     * @param exhausted ballots whose ranked options have all been eliminated
     * @param eliminated the option eliminated after this round, or null when the round found the winner
     */
    public record Round(List<Long> counts, long continuing, long exhausted, @Nullable Integer eliminated) {

        public Round {
            counts = List.copyOf(counts);
        }
    }
}
