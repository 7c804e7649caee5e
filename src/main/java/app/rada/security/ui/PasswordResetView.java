package app.rada.security.ui;

import app.rada.shared.ui.PasswordStrengthField;
import app.rada.shared.security.PasswordPolicy;
import app.rada.security.PasswordResetService;
import app.rada.security.ResetLinkState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/** The page a reset link opens: a new password, or a clear word that the link no longer works. */
@Route(value = "password-reset/:" + PasswordResetView.TOKEN, autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final PasswordResetService resets;
    private final PasswordPolicy policy;
    private final Div card = new Div();
    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    @Nullable PasswordStrengthField password;
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    PasswordResetView(PasswordResetService resets, PasswordPolicy policy) {
        this.resets = resets;
        this.policy = policy;
        addClassName("login-view");
        card.addClassName("login-card");
        card.getStyle().set("padding", "var(--vaadin-padding-l, 1.5rem)");
        message.setId("reset-message");
        message.getElement().setAttribute("role", "status");
        var column = new Div(card);
        column.addClassName("login-column");
        add(column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(TOKEN).orElse("");
        var state = resets.check(token);
        card.removeAll();
        if (state != ResetLinkState.VALID) {
            showDeadLink(state);
            return;
        }
        title.setText(getTranslation("reset.new.title"));
        // the e-mail is not known before the reset; its name-part rule is checked when saving
        password = new PasswordStrengthField(policy, null, getTranslation("password.change.new"));
        password.setId("reset-password");
        password.getField().setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
        repeat.setLabel(getTranslation("password.change.repeat"));
        repeat.setId("reset-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setWidthFull();
        save.setText(getTranslation("reset.new.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var field = password;
        // the e-mail is not known before the reset, so its name-part rule is left to the service
        var binder = new Binder<Object>();
        binder.setDefaultValidatorsEnabled(false);
        NewPasswordRules.bind(binder, field, repeat, policy, null, this);
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var result = resets.reset(token, field.getValue(), getLocale(), ClientAddress.current());
            if (result.changed()) {
                card.removeAll();
                title.setText(getTranslation("reset.done.title"));
                message.setText(getTranslation("reset.done.message"));
                card.add(title, message, loginLink());
            } else if (result.link() != ResetLinkState.VALID) {
                card.removeAll();
                showDeadLink(result.link());
            } else {
                field.setErrorMessage(String.join(" ", result.problems()));
            }
        });
        card.add(title, password, repeat, save);
    }

    private void showDeadLink(ResetLinkState state) {
        title.setText(getTranslation("reset.dead.title"));
        message.setText(getTranslation(switch (state) {
            case EXPIRED -> "reset.dead.expired";
            case USED -> "reset.dead.used";
            default -> "reset.dead.unknown";
        }));
        var again = new Anchor("password-reset", getTranslation("reset.dead.again"));
        again.setId("reset-again");
        card.add(title, message, again, new Div(loginLink()));
    }

    private Anchor loginLink() {
        var link = new Anchor("login", getTranslation("reset.back-to-login"));
        link.setId("reset-login");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.new.title");
    }
}
