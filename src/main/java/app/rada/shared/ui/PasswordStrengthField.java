package app.rada.shared.ui;

import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.security.PasswordStrength;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A new-password field with a strength meter (weak, fair, strong) that follows the typing. The strength
 * is worked out on the server with the same rules that decide whether the password is accepted.
 */
public class PasswordStrengthField extends Composite<Div> {

    private final PasswordPolicy policy;
    private final @Nullable String email;
    private final PasswordField field = new PasswordField();
    private final Div bar = new Div();
    private final Span label = new Span();
    private @Nullable PasswordStrength strength;

    /** @param email the e-mail of the person choosing the password, whose name part it must not contain */
    public PasswordStrengthField(PasswordPolicy policy, @Nullable String email, String fieldLabel) {
        this.policy = policy;
        this.email = email;
        field.setLabel(fieldLabel);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        field.setWidthFull();
        field.addValueChangeListener(e -> update());

        var track = new Div(bar);
        track.addClassName("password-strength-track");
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("height", "6px").set("border-radius", "3px")
                .set("background", "var(--aura-contrast-10, #e4e7e6)").set("overflow", "hidden");
        bar.getStyle().set("height", "100%").set("width", "0").set("transition", "width 0.2s");
        label.addClassName("password-strength-label");
        label.getElement().setAttribute("aria-live", "polite");
        label.getStyle().set("font-size", "0.875rem");
        var meter = new Div(track, label);
        meter.addClassName("password-strength");
        getContent().add(field, meter);
        getContent().addClassName("password-strength-field");
        update();
    }

    private void update() {
        var value = field.getValue();
        if (value.isEmpty()) {
            strength = null;
            label.setText("");
            bar.getStyle().set("width", "0");
            return;
        }
        strength = policy.strength(value, email);
        label.setText(getTranslation("password.strength", getTranslation(strength.labelKey())));
        bar.getStyle().set("width", switch (strength) {
            case WEAK -> "33%";
            case FAIR -> "66%";
            case STRONG -> "100%";
        }).set("background", switch (strength) {
            case WEAK -> "#b3261e";
            case FAIR -> "#b26a00";
            case STRONG -> "#1f7a4d";
        });
        getContent().getElement().setAttribute("data-strength", strength.name().toLowerCase(Locale.ROOT));
    }

    public PasswordField getField() {
        return field;
    }

    public String getValue() {
        return field.getValue();
    }

    public void setValue(String value) {
        field.setValue(value);
    }

    /** The strength of what is typed now, or null when the field is empty. */
    public @Nullable PasswordStrength getStrength() {
        return strength;
    }

    /** The text the meter shows. */
    public String getStrengthText() {
        return label.getText();
    }

    public void setId(String id) {
        field.setId(id);
    }

    public void setErrorMessage(@Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
