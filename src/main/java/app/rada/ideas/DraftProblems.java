package app.rada.ideas;

import app.rada.shared.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The constraints on the module's drafts, read as {@link Problem}s: the translation key is the
 * constraint's message without its braces and the argument is its limit. A form shows on a field the
 * same words a service refuses the whole draft with.
 */
public final class DraftProblems {

    private DraftProblems() {
    }

    /** The first broken rule of the draft, in the order of its fields; empty when the draft is fine. */
    public static <T extends Record> Optional<Problem> first(Validator validator, T draft) {
        var order = Arrays.stream(draft.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        return validator.validate(draft).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> rank(order, v))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(DraftProblems::problem).findFirst();
    }

    /** The first rule a value breaks as one field of the draft, for a form to show on that field. */
    public static Optional<Problem> of(Validator validator, Class<? extends Record> draft, String field,
                                       @Nullable Object value) {
        return validator.validateValue(draft, field, value).stream()
                .sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                .map(DraftProblems::problem).findFirst();
    }

    private static int rank(List<String> order, ConstraintViolation<?> violation) {
        int index = order.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? order.size() : index;
    }

    static Problem problem(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        var key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        return switch (violation.getConstraintDescriptor().getAnnotation()) {
            case Size size -> new Problem(key, size.min() > 0 ? size.min() : size.max());
            case Max max -> new Problem(key, max.value());
            case Min min -> new Problem(key, min.value());
            default -> new Problem(key);
        };
    }
}
