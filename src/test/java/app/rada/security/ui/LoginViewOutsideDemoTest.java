package app.rada.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "rada.demo.enabled=false")
class LoginViewOutsideDemoTest extends KaribuTest {

    @Test
    void outside_demo_mode_the_login_page_never_lists_accounts() {
        UI.getCurrent().navigate("login");
        _get(LoginForm.class);
        _assertNone(Div.class, spec -> spec.withId("demo-accounts"));
    }
}
