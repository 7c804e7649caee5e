package app.rada.security.ui;

import app.rada.security.PasswordResetService;
import app.rada.security.ResetRequest;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.Validator;

/**
 * "Forgot your password?": asks for the e-mail and always answers the same, so nobody learns from it
 * whether an address has an account.
 */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
class PasswordResetRequestView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph confirmation = new Paragraph();
    /** Checks the address as it changes; the request is read from the field. */
    final Binder<ResetRequest> binder = new Binder<>();

    PasswordResetRequestView(PasswordResetService resets, Validator validator) {
        addClassName("login-view");
        var card = new Div();
        card.addClassName("login-card");
        card.getStyle().set("padding", "var(--vaadin-padding-l, 1.5rem)");
        var title = new H1(getTranslation("reset.request.title"));
        var intro = new Paragraph(getTranslation("reset.request.intro"));
        email.setLabel(getTranslation("login.email"));
        email.setId("reset-email");
        email.setRequired(true);
        email.setWidthFull();
        send.setText(getTranslation("reset.request.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        confirmation.setId("reset-confirmation");
        confirmation.getElement().setAttribute("role", "status");
        var back = new Anchor("login", getTranslation("reset.back-to-login"));
        back.setId("reset-back");
        // the field's own check would show an empty message; the request's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(email)
                .withValidator((value, context) -> DraftField.check(validator, ResetRequest.class, "email",
                        value.strip(), key -> new Object[0], this))
                .bind(ResetRequest::email, (request, value) -> { });
        send.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var value = email.getValue().strip();
            resets.requestReset(value, ClientAddress.current());
            email.setEnabled(false);
            send.setEnabled(false);
            confirmation.setText(getTranslation("reset.request.sent"));
        });
        card.add(title, intro, email, send, confirmation, back);
        var top = new Div(new LanguageSwitch());
        top.addClassName("login-top");
        var column = new Div(card);
        column.addClassName("login-column");
        add(top, column);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title");
    }
}
