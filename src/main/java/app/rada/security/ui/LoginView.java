package app.rada.security.ui;

import app.rada.people.SsoRefusal;
import app.rada.security.LoginSettings;
import app.rada.security.SsoProvider;
import app.rada.security.SsoProviders;
import app.rada.shared.DemoSettings;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import app.rada.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The branded login page. In demo mode it lists the demo accounts and their password.
 * It follows the language the visitor picks without reloading. With single sign-on configured it offers a link
 * per provider beside the password form (or instead of it, when the form is turned off), and says why a
 * provider's sign-in was refused.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/sso.css")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final DemoSettings demo;
    private final LoginForm form = new LoginForm();
    private final H1 name = new H1();
    private final Paragraph tagline = new Paragraph();
    private final H2 demoTitle = new H2();
    private final Paragraph demoIntro = new Paragraph();
    private final List<Span> demoRoles = new ArrayList<>();
    private @Nullable LoginI18n texts;
    private final H2 ssoTitle = new H2();
    private final Paragraph ssoRefusal = new Paragraph();
    private final List<Anchor> ssoLinks = new ArrayList<>();
    private final List<SsoProvider> providers;
    private final boolean passwordForm;
    private @Nullable SsoRefusal refusal;
    private long throttledMinutes;
    private boolean sessionEnded;

    LoginView(DemoSettings demo, SsoProviders ssoProviders, LoginSettings settings) {
        this.demo = demo;
        this.providers = ssoProviders.all();
        this.passwordForm = settings.passwordFormEnabled();
        addClassName("login-view");

        var brand = new Div();
        brand.addClassName("login-brand");
        var logo = new Span("R");
        logo.addClassName("brand-mark");
        logo.getElement().setAttribute("aria-hidden", "true");
        tagline.addClassName("login-tagline");
        brand.add(logo, name, tagline);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("password-reset")));
        var card = new Div();
        card.addClassName("login-card");
        if (passwordForm) {
            card.add(form);
        }
        ssoRefusal.setId("sso-refusal");
        ssoRefusal.addClassName("sso-refusal");
        ssoRefusal.getElement().setAttribute("role", "alert");
        ssoRefusal.setVisible(false);
        if (!providers.isEmpty()) {
            card.add(singleSignOn());
        }

        var top = new Div(new LanguageSwitch());
        top.addClassName("login-top");

        var column = new Div(brand, card);
        column.addClassName("login-column");
        if (demo.enabled()) {
            column.add(demoAccounts());
        }
        add(top, column);
        showTexts();
    }

    private Div singleSignOn() {
        var box = new Div();
        box.addClassName("sso-providers");
        box.setId("sso-providers");
        ssoTitle.addClassName("sso-title");
        box.add(ssoTitle, ssoRefusal);
        var list = new Div();
        list.addClassName("sso-links");
        for (var provider : providers) {
            // a plain link: the browser leaves the page for the provider, so Vaadin's router must not take it
            var link = new Anchor(provider.loginPath(), "");
            link.setRouterIgnore(true);
            link.setId("sso-" + provider.id());
            link.addClassName("sso-link");
            ssoLinks.add(link);
            list.add(link);
        }
        box.add(list);
        return box;
    }

    private Div demoAccounts() {
        var box = new Div();
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        var list = new UnorderedList();
        for (var account : DemoSettings.ACCOUNTS) {
            var role = new Span();
            role.addClassName("demo-role");
            demoRoles.add(role);
            var email = new Span(account.email());
            email.addClassName("demo-email");
            list.add(new ListItem(role, email));
        }
        box.add(demoTitle, demoIntro, list);
        return box;
    }

    private void showTexts() {
        name.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        demoTitle.setText(getTranslation("login.demo.title"));
        demoIntro.setText(getTranslation("login.demo.intro", demo.password()));
        for (int i = 0; i < demoRoles.size(); i++) {
            demoRoles.get(i).setText(getTranslation(DemoSettings.ACCOUNTS.get(i).role().labelKey()));
        }
        ssoTitle.setText(getTranslation(passwordForm ? "sso.login.or" : "sso.login.title"));
        for (int i = 0; i < ssoLinks.size(); i++) {
            ssoLinks.get(i).setText(getTranslation("sso.login.with", providers.get(i).name()));
        }
        if (refusal != null) {
            ssoRefusal.setText(getTranslation(refusal.messageKey()));
        }
        ssoRefusal.setVisible(refusal != null);
        texts = i18n();
        form.setI18n(texts);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formTexts = new LoginI18n.Form();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.email"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(formTexts);
        var error = new LoginI18n.ErrorMessage();
        if (throttledMinutes > 0) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttledMinutes));
        } else if (sessionEnded) {
            error.setTitle(getTranslation("login.ended.title"));
            error.setMessage(getTranslation("login.ended.message"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    /** The texts the login form shows. */
    LoginI18n texts() {
        return Objects.requireNonNull(texts);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        throttledMinutes = parameters.getOrDefault("throttled", List.of()).stream().findFirst()
                .map(LoginView::minutes).orElse(0L);
        // sent here by the portal when a session ended: password changed, account deactivated, too old
        sessionEnded = parameters.containsKey("ended") && !parameters.containsKey("error");
        refusal = parameters.getOrDefault("sso", List.of()).stream().findFirst().map(SsoRefusal::ofCode).orElse(null);
        showTexts();
        form.setError(parameters.containsKey("error") || throttledMinutes > 0 || sessionEnded);
    }

    private static long minutes(String value) {
        try {
            return Math.clamp(Long.parseLong(value), 1, 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
