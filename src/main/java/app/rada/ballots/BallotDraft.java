package app.rada.ballots;

import app.rada.ideas.IdeaStatus;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff write for a ballot, to create it or to change its draft. The rules here hold for every
 * draft; whether the linked ideas exist is checked by the service, which can look them up.
 *
 * @param options the choices for every type but approve / reject, in the order shown
 * @param pointsBudget points each member spreads, for points ballots (0 otherwise)
 * @param passPercent approve / reject: the share of yes among yes and no that must be exceeded
 * @param passStatus where a passing outcome moves the linked ideas, or null to leave them
 * @param outcomeStatement the public answer given to the linked ideas when the ballot passes
 */
@BallotDraftRules
public record BallotDraft(
        @NotBlank(message = "{ballots.problem.title}")
        @Size(max = TITLE_MAX, message = "{ballots.problem.title}") String title,
        @NotBlank(message = "{ballots.problem.question}")
        @Size(max = QUESTION_MAX, message = "{ballots.problem.question}") String question,
        @Size(max = EXPLANATION_MAX, message = "{ballots.problem.explanation}") String explanation,
        BallotType type,
        List<String> options,
        int pointsBudget,
        @Size(max = IDEAS_MAX, message = "{ballots.problem.ideas}") List<Long> ideaIds,
        Instant opensAt,
        @Future(message = "{ballots.problem.closes-past}") Instant closesAt,
        @Min(value = 0, message = "{ballots.problem.quorum}")
        @Max(value = 100, message = "{ballots.problem.quorum}") int quorumPercent,
        @Min(value = 0, message = "{ballots.problem.pass}")
        @Max(value = 99, message = "{ballots.problem.pass}") int passPercent,
        boolean secret,
        ResultsVisibility resultsVisibility,
        @Nullable IdeaStatus passStatus,
        @Size(max = STATEMENT_MAX, message = "{ballots.problem.statement}") @Nullable String outcomeStatement) {

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
