package app.rada.ballots.internal;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotDraftRules;
import app.rada.ballots.BallotType;
import app.rada.ideas.IdeaStatus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Checks the rules of {@link BallotDraftRules}, each reported on the part of the draft it is about. */
public class BallotDraftChecker implements ConstraintValidator<BallotDraftRules, BallotDraft> {

    @Override
    public boolean isValid(BallotDraft d, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        var type = d.type() == null ? BallotType.APPROVE_REJECT : d.type();
        if (type.hasOptions()) {
            var options = d.options().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
            if (options.size() < 2 || options.size() > BallotDraft.OPTIONS_MAX) {
                valid = report(context, "options", "ballots.problem.options");
            } else if (options.stream().anyMatch(o -> o.length() > BallotDraft.OPTION_MAX)) {
                valid = report(context, "options", "ballots.problem.option-long");
            } else if (!distinct(options)) {
                valid = report(context, "options", "ballots.problem.options-same");
            }
        }
        if (type == BallotType.POINTS && (d.pointsBudget() < 1 || d.pointsBudget() > BallotDraft.BUDGET_MAX)) {
            valid = report(context, "pointsBudget", "ballots.problem.budget");
        }
        if (d.opensAt() != null && d.closesAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            valid = report(context, "closesAt", "ballots.problem.times");
        }
        var status = d.passStatus();
        if (status == IdeaStatus.MERGED) {
            valid = report(context, "passStatus", "ballots.problem.pass-status");
        } else if (status != null && d.ideaIds().isEmpty()) {
            valid = report(context, "passStatus", "ballots.problem.pass-without-ideas");
        }
        var statement = d.outcomeStatement() == null ? "" : d.outcomeStatement().strip();
        if (status != null && status.needsReason() && statement.isEmpty()) {
            valid = report(context, "outcomeStatement", "ballots.problem.statement-needed");
        }
        return valid;
    }

    private static boolean distinct(List<String> options) {
        return new HashSet<>(options.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList()).size() == options.size();
    }

    private static boolean report(ConstraintValidatorContext context, String property, String key) {
        context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(property)
                .addConstraintViolation();
        return false;
    }
}
