package app.rada.ballots;

import app.rada.ideas.IdeaStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One ballot as its page shows it to the caller.
 *
 * @param explanationHtml the explanation rendered from Markdown, safe to show
 * @param eligible whether the caller is among the voters frozen at opening
 * @param voted whether the caller has voted
 * @param myChoice the caller's own vote in a named ballot (a secret one needs the receipt code)
 * @param result the counts, when the ballot is closed or its results are live
 */
public record BallotDetails(long id, String title, String question, String explanationHtml, BallotType type,
                            List<String> options, int pointsBudget, List<LinkedIdea> ideas, Instant opensAt,
                            Instant closesAt, int quorumPercent, int passPercent, boolean secret,
                            ResultsVisibility resultsVisibility, BallotStatus status, @Nullable IdeaStatus passStatus,
                            @Nullable String outcomeStatement, @Nullable Instant closedAt, @Nullable String closeReason,
                            @Nullable Outcome outcome, int eligibleCount, int votedCount, boolean eligible,
                            boolean voted, Optional<Choice> myChoice, Optional<BallotResult> result) {

    public BallotDetails {
        options = List.copyOf(options);
        ideas = List.copyOf(ideas);
    }

    public boolean canVote() {
        return status == BallotStatus.OPEN && eligible;
    }
}
