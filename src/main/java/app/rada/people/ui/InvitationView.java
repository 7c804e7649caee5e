package app.rada.people.ui;

import app.rada.people.InvitationAcceptance;
import app.rada.people.InvitationOpening;
import app.rada.people.InvitationService;
import app.rada.people.InvitationState;
import app.rada.people.LoginAccounts;
import app.rada.people.Terms;
import app.rada.shared.Problem;
import app.rada.shared.security.SessionLogin;
import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.LanguageSwitch;
import app.rada.shared.ui.PasswordStrengthField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.Validator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an invitation link leads: the invitee sets their name and password, accepts the terms and
 * lands logged in on the start page. A used, expired or revoked link gets a clear page.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;
    private final LoginAccounts people;
    private final Div card = new Div();
    private String token = "";

    final TextField name = new TextField();
    final PasswordStrengthField password;
    final PasswordField repeat = new PasswordField();
    final Checkbox terms = new Checkbox();
    final Button accept = new Button();
    final Paragraph error = new Paragraph();

    private final PasswordPolicy policy;
    private final Validator validator;
    /** Checks each field as it changes; the terms stay the service's to refuse, under the form. */
    final Binder<InvitationAcceptance> binder = new Binder<>();
    /** The invited address, whose name part the password must not contain; known once the link is opened. */
    private @Nullable String inviteeEmail;

    InvitationView(InvitationService invitations, LoginAccounts people, PasswordPolicy policy, Validator validator) {
        this.invitations = invitations;
        this.people = people;
        this.policy = policy;
        this.validator = validator;
        this.password = new PasswordStrengthField(policy, null, getTranslation("invitation.password"));
        bindRules();
        addClassName("login-view");
        var top = new Div(new LanguageSwitch());
        top.addClassName("login-top");
        card.addClassName("login-column");
        card.addClassName("invitation-card");
        add(top, card);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        var opening = invitations.open(token);
        if (opening.state() == InvitationState.PENDING && VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setLocale(opening.language().locale());
            UI.getCurrent().setLocale(opening.language().locale());
        }
        show(opening);
    }

    private void show(InvitationOpening opening) {
        card.removeAll();
        var mark = new Span("R");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        card.add(mark);
        if (opening.state() != InvitationState.PENDING) {
            var heading = new H1(getTranslation("invitation.closed.title"));
            heading.setId("invitation-closed");
            card.add(heading, new Paragraph(getTranslation(switch (opening.state()) {
                case ACCEPTED -> "invitation.closed.accepted";
                case EXPIRED -> "invitation.closed.expired";
                default -> "invitation.closed.revoked";
            })), new Anchor("login", getTranslation("invitation.to-login")));
            return;
        }
        inviteeEmail = opening.email();
        var heading = new H1(getTranslation("invitation.title"));
        heading.setId("invitation-title");
        var intro = new Paragraph(opening.organisationName() == null
                ? getTranslation("invitation.intro", opening.email())
                : getTranslation("invitation.intro.organisation", opening.email(), opening.organisationName()));
        name.setLabel(getTranslation("invitation.name"));
        name.setValue(opening.name() == null ? "" : opening.name());
        name.setRequired(true);
        name.setMaxLength(120);
        name.setWidthFull();
        password.getField().setHelperText(getTranslation("invitation.password.help"));
        password.getField().setRequired(true);
        password.getField().setWidthFull();
        repeat.setLabel(getTranslation("invitation.repeat"));
        repeat.setRequired(true);
        repeat.setWidthFull();
        var termsLink = new Anchor("terms", getTranslation("invitation.terms.link", Terms.VERSION));
        termsLink.setTarget(AnchorTarget.BLANK);
        terms.setLabel(getTranslation("invitation.terms"));
        error.addClassName("form-error");
        error.setId("invitation-error");
        error.getElement().setAttribute("role", "alert");
        accept.setText(getTranslation("invitation.accept"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setWidthFull();
        accept.setId("invitation-accept");
        accept.addClickListener(e -> accept());
        card.add(heading, intro, name, password, repeat, termsLink, terms, error, accept);
    }

    private void bindRules() {
        // the fields' own checks would show an empty message; the rules below speak instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name)
                .withValidator((value, context) -> DraftField.check(validator, InvitationAcceptance.class, "name",
                        value.strip(), InvitationAcceptance::messageArguments, this))
                .bind(InvitationAcceptance::name, (acceptance, value) -> { });
        binder.forField(password.getField())
                .withValidator((value, context) -> {
                    var problems = policy.problems(value, inviteeEmail, context.getLocale().orElse(Locale.ENGLISH));
                    return problems.isEmpty() ? ValidationResult.ok() : ValidationResult.error(String.join(" ", problems));
                })
                .bind(acceptance -> "", (acceptance, value) -> { });
        var again = binder.forField(repeat)
                .withValidator((value, context) -> value.equals(password.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("invitation.repeat.mismatch")))
                .bind(acceptance -> "", (acceptance, value) -> { });
        // a copy typed before the password was finished is checked again when the password changes
        password.getField().addValueChangeListener(e -> {
            if (!repeat.isEmpty()) {
                again.validate();
            }
        });
    }

    private void accept() {
        error.setText("");
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            long personId = invitations.accept(token, name.getValue(), password.getValue(), terms.getValue());
            var account = people.findLoginAccountOf(personId);
            SessionLogin.logIn(account.asUser());
            UI.getCurrent().getPage().setLocation(".");
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
