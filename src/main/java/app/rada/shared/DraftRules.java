package app.rada.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a draft's Bean Validation rules as refusal keys: each rule's message is a translation key in braces,
 * and when several rules fail the first property in the draft's own order wins, so a service refuses with
 * the same key whichever order the validator reports in.
 */
public final class DraftRules {

    private DraftRules() {
    }

    /** The key of the first broken rule of the whole draft, or empty when the draft keeps every rule. */
    public static <T> Optional<String> firstProblem(Validator validator, T draft, List<String> order) {
        return first(validator.validate(draft), order);
    }

    private static <T> Optional<String> first(Set<ConstraintViolation<T>> violations, List<String> order) {
        return violations.stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) -> rank(order, v))
                        .thenComparing(DraftRules::key))
                .map(DraftRules::key);
    }

    private static int rank(List<String> order, ConstraintViolation<?> violation) {
        var index = order.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? order.size() : index;
    }

    private static String key(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
    }
}
