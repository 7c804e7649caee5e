package app.rada.security.ui;

import app.rada.security.PasswordService;
import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.security.RadaUser;
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
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The password part of the person's own page. */
@org.springframework.stereotype.Component
class ChangePasswordSection implements ProfileSection {

    private final PasswordService passwords;
    private final PasswordPolicy policy;

    ChangePasswordSection(PasswordService passwords, PasswordPolicy policy) {
        this.passwords = passwords;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        return Optional.of(new ChangePasswordForm(passwords, policy, user));
    }

    /** Current password, new password with its strength, the new one again. */
    static class ChangePasswordForm extends Section {

        final PasswordField current = new PasswordField();
        final PasswordStrengthField next;
        final PasswordField repeat = new PasswordField();
        final Button save = new Button();
        final Paragraph status = new Paragraph();

        ChangePasswordForm(PasswordService passwords, PasswordPolicy policy, RadaUser user) {
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

            save.addClickListener(e -> {
                current.setInvalid(false);
                next.setErrorMessage(null);
                repeat.setInvalid(false);
                status.setText("");
                if (!next.getValue().equals(repeat.getValue())) {
                    repeat.setErrorMessage(getTranslation("password.problem.repeat"));
                    repeat.setInvalid(true);
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
                    current.clear();
                    next.setValue("");
                    repeat.clear();
                    status.setText(getTranslation("password.change.done"));
                }
            });
            add(heading, current, next, repeat, save, status);
        }
    }
}
