package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountSecurityBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void restoreAccounts() {
        jdbc.update("delete from login_throttle");
        jdbc.update("update person set password_hash = ? where email = 'customer@rada.demo'", encoder.encode("demo"));
    }

    private void attempt(Page target, String email, String password) {
        open(target, "login");
        target.locator("vaadin-login-form input[name='username']").fill(email);
        target.locator("vaadin-login-form input[name='password']").fill(password);
        target.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        target.waitForURL(u -> u.contains("error") || u.contains("throttled") || !u.contains("/login"));
        waitForVaadin(target);
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused() {
        for (int i = 1; i <= 4; i++) {
            attempt(page, "board@rada.demo", "wrong-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("The e-mail or password is not right");
        }
        attempt(page, "board@rada.demo", "wrong-5");
        attempt(page, "board@rada.demo", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?throttled=1$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Too many attempts");
        assertThat(page.locator("vaadin-login-form")).containsText("Try again in 1 minute.");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_THROTTLED' "
                + "and actor_label = 'board@rada.demo' and client_address is not null", Integer.class)).isPositive();
    }

    @Test
    void a_customer_resets_a_forgotten_password_by_e_mail_and_logs_in_with_the_new_one() {
        open(page, "login");
        page.locator("vaadin-login-form vaadin-button[slot='forgot-password']").click();
        page.waitForURL(u -> u.contains("/password-reset"));
        waitForVaadin(page);
        page.locator("#reset-email input").fill("customer@rada.demo");
        page.locator("#reset-send").click();
        assertThat(page.locator("#reset-confirmation")).containsText("If an account exists for this address");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        var body = jdbc.queryForObject("select body_text from outbox_mail where recipient = 'customer@rada.demo' "
                + "and kind = 'password-reset' order by id desc limit 1", String.class);
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        open(page, "password-reset/" + matcher.group(1));
        page.locator("#reset-password input").fill("Granite-Otter-Lamp-42");
        assertThat(page.locator(".password-strength-label")).hasText("Strength: strong");
        page.locator("#reset-repeat input").fill("Granite-Otter-Lamp-42");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.locator("#reset-save").click();
        assertThat(page.locator("h1")).hasText("Your password has been changed");

        attempt(page, "customer@rada.demo", "demo");
        assertThat(page.locator("vaadin-login-form")).containsText("The e-mail or password is not right");
        login(page, "customer@rada.demo", "Granite-Otter-Lamp-42");
        assertThat(page.locator("#welcome-heading")).hasText("Welcome, Marek Kowalczyk");
    }
}
