package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "admin,Alicja Nowak",
            "staff,Tomasz Wiśniewski",
            "board,Katarzyna Zielińska",
            "customer,Marek Kowalczyk"})
    void each_demo_user_logs_in_and_lands_on_the_start_page_in_english(String role, String name) {
        loginAs(role);
        assertThat(page.locator("#welcome-heading")).hasText("Welcome, " + name);
        assertThat(page.locator("#main-nav")).containsText("Home");
    }

    @ParameterizedTest
    @CsvSource({
            "admin,Alicja Nowak",
            "staff,Tomasz Wiśniewski",
            "board,Katarzyna Zielińska",
            "customer,Marek Kowalczyk"})
    void each_demo_user_logs_in_after_choosing_polish(String role, String name) {
        open(page, "login");
        page.locator("#language-pl").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Zaloguj się");
        login(page, role + "@rada.demo", "demo");
        // the person's own language is English in the demo, and it wins after login
        assertThat(page.locator("#welcome-heading")).hasText("Welcome, " + name);
    }

    @Test
    void a_polish_speaking_member_gets_the_portal_in_polish() {
        login(page, "ewa.lis@rada.demo", "demo");
        assertThat(page.locator("#welcome-heading")).hasText("Witaj, Ewa Lis");
        assertThat(page.locator("#main-nav")).containsText("Start");
    }

    @Test
    void a_polish_browser_gets_the_login_page_in_polish() {
        var polish = newContext("pl-PL");
        var polishPage = polish.newPage();
        open(polishPage, "login");
        assertThat(polishPage.locator("vaadin-login-form")).containsText("Zaloguj się");
        assertThat(polishPage.locator("#demo-accounts")).containsText("Konta demonstracyjne");
        polish.close();
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        open(page, "login");
        page.locator("vaadin-login-form input[name='username']").fill("customer@rada.demo");
        page.locator("vaadin-login-form input[name='password']").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(u -> u.contains("error"));
        waitForVaadin(page);
        assertThat(page.locator("vaadin-login-form")).containsText("The e-mail or password is not right");
    }

    @Test
    void logging_out_returns_to_the_login_page() {
        loginAs("customer");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-logout").click();
        page.waitForURL(u -> u.contains("/login"));
        open(page, "");
        assertThat(page).hasURL(url("login"));
    }

    @Test
    void login_and_start_pages_have_no_serious_accessibility_violations() {
        open(page, "login");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        loginAs("staff");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void a_customer_gets_the_no_access_page_for_an_admin_address() {
        loginAs("customer");
        open(page, "admin/people");
        assertThat(page.locator("#no-access")).containsText("No access");
    }

    @Test
    void an_unknown_address_gets_the_not_found_page() {
        loginAs("customer");
        open(page, "no/such/page");
        assertThat(page.locator("#not-found")).containsText("Page not found");
    }

    @Test
    void health_is_public_and_other_actuator_endpoints_are_not() {
        var response = page.request().get(url("actuator/health"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("UP");
        var metrics = page.request().get(url("actuator/metrics"),
                RequestOptions.create().setMaxRedirects(0));
        assertThat(metrics.status()).isIn(302, 401, 403);
    }

    @Test
    void pages_are_sent_with_protective_headers() {
        var response = page.request().get(url("login"));
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(response.headers().get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
