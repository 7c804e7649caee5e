package app.rada.journeys;

import app.rada.shared.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The constraints written on the drafts, read the same way by the services (which refuse with a
 * {@link Problem}) and by the forms (which show the message on the field while the person types). The
 * message of each constraint is the translation key of the refusal.
 */
@Component
public class DraftRules {

    private final Validator validator;

    DraftRules(Validator validator) {
        this.validator = validator;
    }

    /** What is wrong with one field's value, if anything, as the service would refuse it. */
    public Optional<Problem> check(Class<? extends Record> draft, String property, @Nullable Object value) {
        var clean = value instanceof String text ? text.strip() : value;
        return first(draft, validator.validateValue(draft, property, clean));
    }

    MapDraft clean(MapDraft draft) {
        return valid(new MapDraft(draft.title().strip(), draft.description().strip(), draft.persona().strip()));
    }

    StageDraft clean(StageDraft draft) {
        return valid(new StageDraft(draft.name().strip(), draft.goal().strip()));
    }

    TouchpointDraft clean(TouchpointDraft draft) {
        return valid(new TouchpointDraft(draft.name().strip(), draft.description().strip(), draft.channel(),
                draft.frontOffice().strip(), draft.backOffice().strip()));
    }

    AnnotationDraft clean(AnnotationDraft draft) {
        return valid(new AnnotationDraft(draft.kind(), draft.emotion(), draft.intensity(), draft.importance(),
                draft.text().strip(), draft.happenedOn(), draft.showName()));
    }

    VersionLabel clean(VersionLabel draft) {
        return valid(new VersionLabel(draft.label().strip()));
    }

    private <T extends Record> T valid(T draft) {
        var problem = first(draft.getClass(), validator.validate(draft));
        if (problem.isPresent()) {
            throw problem.get();
        }
        return draft;
    }

    /** The refusal for the first field in the draft's order, a missing value before a too long one. */
    private static Optional<Problem> first(Class<?> draft, Set<? extends ConstraintViolation<?>> violations) {
        List<String> order = Arrays.stream(draft.getRecordComponents()).map(RecordComponent::getName).toList();
        return violations.stream()
                .min(Comparator.<ConstraintViolation<?>>comparingInt(v -> order.indexOf(v.getPropertyPath().toString()))
                        .thenComparingInt(v -> v.getConstraintDescriptor().getAnnotation() instanceof NotBlank ? 0 : 1))
                .map(DraftRules::problem);
    }

    private static Problem problem(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        var key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        var attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (key) {
            case "journeys.field.too-long" -> new Problem(key, attributes.get("max"));
            case "journeys.annotation.scale" -> new Problem(key, AnnotationDraft.SCALE_MIN, AnnotationDraft.SCALE_MAX);
            // another module's draft, such as an idea made from an annotation: a length rule names its limit
            default -> violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                    ? new Problem(key, size.min() > 0 ? size.min() : size.max()) : new Problem(key);
        };
    }
}
