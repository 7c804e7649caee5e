package app.rada.security.ui;

import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.ui.PasswordStrengthField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A new password and the same again, checked on their fields while typed: the new one against the password
 * policy (every problem at once, as the service would refuse it), the second against the first.
 */
final class NewPasswordRules {

    private NewPasswordRules() {
    }

    /** {@code email} is the person's, whose name part the password must not contain; null when not known yet. */
    static void bind(Binder<?> binder, PasswordStrengthField next, PasswordField repeat, PasswordPolicy policy,
                     @Nullable String email, Component texts) {
        binder.forField(next.getField())
                .withValidator((value, context) -> {
                    var problems = policy.problems(value, email,
                            context.getLocale().orElse(Locale.ENGLISH));
                    return problems.isEmpty() ? ValidationResult.ok() : ValidationResult.error(String.join(" ", problems));
                })
                .bind(draft -> "", (draft, value) -> { });
        var again = binder.forField(repeat)
                .withValidator((value, context) -> value.equals(next.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(texts.getTranslation("password.problem.repeat")))
                .bind(draft -> "", (draft, value) -> { });
        // a second copy typed before the first was finished is checked again when the first changes
        next.getField().addValueChangeListener(e -> {
            if (!repeat.isEmpty()) {
                again.validate();
            }
        });
    }
}
