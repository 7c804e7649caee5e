package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A form field's check against the draft's Bean Validation rules for its property, so the field shows the
 * refusal the service would give, in the reader's language, while they type.
 */
public final class DraftField {

    private DraftField() {
    }

    /**
     * {@code arguments} gives the values a message shows by its key; {@code texts} is the component whose
     * language the message is read in.
     */
    public static ValidationResult check(Validator validator, Class<?> draft, String property, Object value,
                                  Function<String, Object[]> arguments, Component texts) {
        return result(validator.validateValue(draft, property, value), arguments, texts);
    }

    /**
     * A field whose rule joins several of the draft's values, such as an end that must not come before the
     * start: the whole draft is checked and only the refusals of {@code property} are shown on the field.
     */
    public static ValidationResult checkWhole(Validator validator, Object draft, String property,
                                              Function<String, Object[]> arguments, Component texts) {
        var violations = validator.validate(draft).stream()
                .filter(violation -> violation.getPropertyPath().toString().equals(property))
                .collect(Collectors.toSet());
        return result(violations, arguments, texts);
    }

    private static ValidationResult result(Set<? extends ConstraintViolation<?>> violations,
                                           Function<String, Object[]> arguments, Component texts) {
        return violations.stream()
                .map(violation -> keyOf(violation.getMessageTemplate()))
                .min(Comparator.naturalOrder())
                .map(key -> ValidationResult.error(texts.getTranslation(key, arguments.apply(key))))
                .orElse(ValidationResult.ok());
    }

    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
    }
}
