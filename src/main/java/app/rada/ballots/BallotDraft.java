package app.rada.ballots;

import app.rada.ideas.IdeaStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff write for a ballot, to create it or to change its draft.
 *
 * @param options the choices for every type but approve / reject, in the order shown
 * @param pointsBudget points each member spreads, for points ballots (0 otherwise)
 * @param passPercent approve / reject: the share of yes among yes and no that must be exceeded
 * @param passStatus where a passing outcome moves the linked ideas, or null to leave them
 * @param outcomeStatement the public answer given to the linked ideas when the ballot passes
 */
public record BallotDraft(String title, String question, String explanation, BallotType type, List<String> options,
                          int pointsBudget, List<Long> ideaIds, Instant opensAt, Instant closesAt, int quorumPercent,
                          int passPercent, boolean secret, ResultsVisibility resultsVisibility,
                          @Nullable IdeaStatus passStatus, @Nullable String outcomeStatement) {

    public static final int TITLE_MAX = 160;
    public static final int QUESTION_MAX = 500;
    public static final int EXPLANATION_MAX = 10_000;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MAX = 12;
    public static final int IDEAS_MAX = 20;
    public static final int STATEMENT_MAX = 5000;
    public static final int BUDGET_MAX = 1000;

    public BallotDraft {
        options = List.copyOf(options);
        ideaIds = List.copyOf(ideaIds);
    }
}
