package app.rada.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.security.LoginSettings;
import app.rada.security.SsoProviders;
import app.rada.shared.DemoSettings;
import app.rada.support.SsoKaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

class SsoLoginViewTest extends SsoKaribuTest {

    @Autowired
    SsoProviders providers;

    @Autowired
    DemoSettings demo;

    @Test
    void the_login_page_offers_a_link_per_provider_named_after_its_client_name() {
        UI.getCurrent().navigate("login");
        var company = _get(Anchor.class, spec -> spec.withId("sso-company"));
        assertThat(company.getText()).isEqualTo("Log in with Company Keycloak");
        assertThat(company.getHref()).isEqualTo("oauth2/authorization/company");
        assertThat(company.isRouterIgnore()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("sso-partner")).getText())
                .isEqualTo("Log in with Partner Entra ID");
        assertThat(_get(H2.class, spec -> spec.withClasses("sso-title")).getText())
                .isEqualTo("Log in with your company account");
    }

    @Test
    void with_the_password_form_turned_off_the_login_page_shows_no_form() {
        UI.getCurrent().navigate("login");
        assertThat(_find(LoginForm.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("sso-link"))).hasSize(2);
    }

    @Test
    void with_the_password_form_on_the_links_stand_beside_it() {
        var view = new LoginView(demo, providers, new LoginSettings(new MockEnvironment()));
        UI.getCurrent().add(view);
        assertThat(_find(view, LoginForm.class)).hasSize(1);
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("sso-link"))).hasSize(2);
        assertThat(_get(view, H2.class, spec -> spec.withClasses("sso-title")).getText())
                .isEqualTo("Or log in with your company account");
    }

    @Test
    void a_refused_sign_in_is_explained_on_the_login_page_in_the_visitors_language() {
        UI.getCurrent().navigate("login", QueryParameters.of("sso", "no-match"));
        var message = _get(Paragraph.class, spec -> spec.withId("sso-refusal"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo(
                "Your company account is not a member of Rada. Ask the programme team for an invitation.");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");

        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("login", QueryParameters.of("sso", "email-not-verified"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sso-refusal")).getText())
                .startsWith("Twoje konto firmowe nie potwierdziło adresu e-mail");
        assertThat(_get(Anchor.class, spec -> spec.withId("sso-company")).getText())
                .isEqualTo("Zaloguj przez Company Keycloak");
    }

    @Test
    void without_a_refusal_no_message_is_shown() {
        UI.getCurrent().navigate("login");
        assertThat(_find(Paragraph.class, spec -> spec.withId("sso-refusal"))).isEmpty();
        _get(Anchor.class, spec -> spec.withId("sso-company"));
    }
}
