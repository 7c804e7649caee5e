package app.rada.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void in_demo_mode_the_login_page_lists_each_demo_account_and_the_password() {
        UI.getCurrent().navigate("login");
        var text = _get(Div.class, spec -> spec.withId("demo-accounts")).getElement().getTextRecursively();
        assertThat(text).contains("admin@rada.demo", "staff@rada.demo", "board@rada.demo", "customer@rada.demo",
                "“demo”", "Board member");
    }

    @Test
    void a_visitor_switches_the_login_page_to_polish() {
        UI.getCurrent().navigate("login");
        _click(_get(Button.class, spec -> spec.withId("language-pl")));
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.of("pl"));
        assertThat(_get(H1.class).getText()).isEqualTo("Rada");
        assertThat(_get(LoginView.class).texts().getForm().getTitle()).isEqualTo("Zaloguj się");
        assertThat(_get(Div.class, spec -> spec.withId("demo-accounts")).getElement().getTextRecursively())
                .contains("Konta demonstracyjne");
    }

    @Test
    void a_failed_login_shows_the_error_without_telling_which_part_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage()).isEqualTo(
                "The e-mail or password is not right. Check both and try again.");
    }

    @Test
    void a_throttled_login_says_how_many_minutes_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "2"));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        var error = _get(LoginView.class).texts().getErrorMessage();
        assertThat(error.getTitle()).isEqualTo("Too many attempts");
        assertThat(error.getMessage()).isEqualTo(
                "There were too many failed attempts to log in. Try again in 2 minutes.");
    }

    @Test
    void a_throttled_login_is_explained_in_polish_with_the_right_plural() {
        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "5"));
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                .endsWith("Spróbuj ponownie za 5 minut.");
    }

    @Test
    void the_forgot_password_button_leads_to_the_reset_page() {
        UI.getCurrent().navigate("login");
        var form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form,
                new AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("password-reset");
    }
}
