package app.rada.ballots;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the broken rules of a {@link BallotDraft} into what people read: the translation key and the
 * numbers its message shows, and which one to tell of first.
 */
public final class BallotDraftErrors {

    /**
     * Which broken rule a caller hears of first when a draft breaks several: the order in which a form
     * is read, top to bottom, so the service and the editor agree.
     */
    static final List<String> ORDER = List.of("ballots.problem.title", "ballots.problem.question",
            "ballots.problem.explanation", "ballots.problem.options", "ballots.problem.option-long",
            "ballots.problem.options-same", "ballots.problem.budget", "ballots.problem.times",
            "ballots.problem.closes-past", "ballots.problem.quorum", "ballots.problem.pass",
            "ballots.problem.ideas", "ballots.problem.pass-status", "ballots.problem.pass-without-ideas",
            "ballots.problem.statement", "ballots.problem.statement-needed");

    /** The translation key a violation names in its message, without the braces. */
    public static String key(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
    }

    /** The numbers the message of a key shows (a maximum length or count). */
    public static Object[] arguments(String key) {
        return switch (key) {
            case "ballots.problem.title" -> new Object[] {BallotDraft.TITLE_MAX};
            case "ballots.problem.question" -> new Object[] {BallotDraft.QUESTION_MAX};
            case "ballots.problem.explanation" -> new Object[] {BallotDraft.EXPLANATION_MAX};
            case "ballots.problem.options" -> new Object[] {BallotDraft.OPTIONS_MAX};
            case "ballots.problem.option-long" -> new Object[] {BallotDraft.OPTION_MAX};
            case "ballots.problem.budget" -> new Object[] {BallotDraft.BUDGET_MAX};
            case "ballots.problem.ideas" -> new Object[] {BallotDraft.IDEAS_MAX};
            case "ballots.problem.statement" -> new Object[] {BallotDraft.STATEMENT_MAX};
            default -> new Object[0];
        };
    }

    /** The violation to tell of first, in the order of {@link #ORDER}. */
    public static <T> Optional<ConstraintViolation<T>> first(Collection<ConstraintViolation<T>> violations) {
        return violations.stream().min(Comparator.comparingInt(v -> {
            int position = ORDER.indexOf(key(v));
            return position < 0 ? ORDER.size() : position;
        }));
    }

    private BallotDraftErrors() {
    }
}
