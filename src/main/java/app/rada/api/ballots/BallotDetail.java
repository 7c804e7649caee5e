package app.rada.api.ballots;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.IdeaStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ballot as its page shows it, without anyone's choice: {@code voted} only tells whether the token's
 * person voted. {@code resultsShown} tells whether {@code /results} answers (closed, or open with live results).
 */
public record BallotDetail(long id, String title, String question, String explanationHtml, BallotType type,
                           List<String> options, int pointsBudget, List<Idea> ideas, Instant opensAt,
                           Instant closesAt, int quorumPercent, int passPercent, boolean secret,
                           ResultsVisibility resultsVisibility, BallotStatus status, @Nullable IdeaStatus passStatus,
                           @Nullable String outcomeStatement, @Nullable Instant closedAt,
                           @Nullable String closeReason, @Nullable Outcome outcome, int eligibleCount, int votedCount,
                           boolean eligible, boolean voted, boolean resultsShown) {

    public BallotDetail {
        options = List.copyOf(options);
        ideas = List.copyOf(ideas);
    }

    /** An idea the ballot is about. */
    public record Idea(long id, String title, IdeaStatus status) {
    }

    static BallotDetail of(BallotDetails b) {
        return new BallotDetail(b.id(), b.title(), b.question(), b.explanationHtml(), b.type(), b.options(),
                b.pointsBudget(), b.ideas().stream().map(i -> new Idea(i.id(), i.title(), i.status())).toList(),
                b.opensAt(), b.closesAt(), b.quorumPercent(), b.passPercent(), b.secret(), b.resultsVisibility(),
                b.status(), b.passStatus(), b.outcomeStatement(), b.closedAt(), b.closeReason(), b.outcome(),
                b.eligibleCount(), b.votedCount(), b.eligible(), b.voted(), b.result().isPresent());
    }
}
