package app.rada.security.ui;

import app.rada.security.PasswordChange;
import app.rada.security.PasswordService;
import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.PasswordStrengthField;
import app.rada.shared.ui.ProfileSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.VaadinSession;
import jakarta.validation.Validator;
import java.util.Optional;

/** The password part of the person's own page. */
@org.springframework.stereotype.Component
class ChangePasswordSection implements ProfileSection {

    private final PasswordService passwords;
    private final PasswordPolicy policy;
    private final Validator validator;

    ChangePasswordSection(PasswordService passwords, PasswordPolicy policy, Validator validator) {
        this.passwords = passwords;
        this.policy = policy;
        this.validator = validator;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        return Optional.of(new ChangePasswordForm(passwords, policy, validator, user));
    }

    /** Current password, new password with its strength, the new one again. */
    static class ChangePasswordForm extends Section {

        final PasswordField current = new PasswordField();
        final PasswordStrengthField next;
        final PasswordField repeat = new PasswordField();
        final Button save = new Button();
        final Paragraph status = new Paragraph();
        /** Checks each field as it changes; the change itself is read from the fields. */
        final Binder<PasswordChange> binder = new Binder<>();

        ChangePasswordForm(PasswordService passwords, PasswordPolicy policy, Validator validator, RadaUser user) {
            setId("change-password");
            addClassName("card");
            var heading = new H2(getTranslation("password.change.title"));
            heading.setId("change-password-title");
            getElement().setAttribute("aria-labelledby", "change-password-title");

            current.setLabel(getTranslation("password.change.current"));
            current.setId("password-current");
            current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
            current.setWidthFull();
            next = new PasswordStrengthField(policy, user.email(), getTranslation("password.change.new"));
            next.setId("password-new");
            next.getField().setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
            repeat.setLabel(getTranslation("password.change.repeat"));
            repeat.setId("password-repeat");
            repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
            repeat.setWidthFull();
            save.setText(getTranslation("password.change.save"));
            save.setId("password-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            status.setId("password-status");
            status.getElement().setAttribute("role", "status");

            // the fields' own checks would show an empty message; the rules below speak instead
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(current)
                    .withValidator((value, context) -> DraftField.check(validator, PasswordChange.class, "current",
                            value, key -> new Object[0], this))
                    .bind(PasswordChange::current, (change, value) -> { });
            NewPasswordRules.bind(binder, next, repeat, policy, user.email(), this);

            save.addClickListener(e -> {
                status.setText("");
                if (!binder.validate().isOk()) {
                    return;
                }
                var session = VaadinSession.getCurrent();
                var sessionId = session == null || session.getSession() == null ? null : session.getSession().getId();
                var result = passwords.changePassword(user.personId(), current.getValue(), next.getValue(),
                        getLocale(), sessionId);
                if (result.throttled()) {
                    current.setErrorMessage(getTranslation("password.change.throttled", result.waitMinutes()));
                    current.setInvalid(true);
                } else if (result.currentWrong()) {
                    current.setErrorMessage(getTranslation("password.change.current-wrong"));
                    current.setInvalid(true);
                } else if (!result.problems().isEmpty()) {
                    next.setErrorMessage(String.join(" ", result.problems()));
                } else {
                    // emptied fields are not mistakes: the form starts over
                    binder.setValidatorsDisabled(true);
                    current.clear();
                    next.setValue("");
                    repeat.clear();
                    binder.setValidatorsDisabled(false);
                    status.setText(getTranslation("password.change.done"));
                }
            });
            add(heading, current, next, repeat, save, status);
        }
    }
}
