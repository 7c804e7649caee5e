package app.rada.api.ballots;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotResult;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counted result of a ballot: counts only, never who chose what. {@code totals} are per option, in the
 * order of {@code options}: votes (one choice), first preferences (ranked) or points (points); for approve /
 * reject they are yes, no and abstain. {@code rounds} are the instant-runoff rounds of a ranked ballot, with
 * {@code -1} for an option already eliminated; {@code winner} is an option's position.
 */
public record ResultsItem(long ballotId, BallotType type, List<String> options, Outcome outcome, int eligible,
                          int votes, double turnoutPercent, int quorumPercent, boolean quorumReached, int passPercent,
                          int yes, int no, int abstain, double yesPercent, List<Long> totals, List<Round> rounds,
                          @Nullable Integer winner, boolean tie) {

    public ResultsItem {
        options = List.copyOf(options);
        totals = List.copyOf(totals);
        rounds = List.copyOf(rounds);
    }

    /** One instant-runoff round. */
    public record Round(List<Long> counts, long continuing, long exhausted, @Nullable Integer eliminated) {

        public Round {
            counts = List.copyOf(counts);
        }
    }

    static ResultsItem of(BallotDetails ballot, BallotResult r) {
        return new ResultsItem(ballot.id(), r.type(), ballot.options(), r.outcome(), r.eligible(), r.votes(),
                r.turnoutPercent(), r.quorumPercent(), r.quorumReached(), r.passPercent(), r.yes(), r.no(),
                r.abstain(), r.yesPercent(), r.totals(),
                r.rounds().stream().map(x -> new Round(x.counts(), x.continuing(), x.exhausted(), x.eliminated()))
                        .toList(),
                r.winner(), r.tie());
    }
}
