package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.rada.support.BrowserTest;
import app.rada.support.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end against a real Keycloak: the portal discovers the provider from its issuer, the
 * browser logs in at Keycloak and lands in Rada as the matching person; logging out ends the session at Keycloak
 * too; an account Rada does not know is sent back with a message.
 */
class SsoBrowserTest extends BrowserTest {

    private static KeycloakServer keycloak;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        if (keycloak == null) {
            keycloak = KeycloakServer.start("sso/rada-realm.json", "rada");
        }
        var registration = "spring.security.oauth2.client.registration.keycloak.";
        properties.add(registration + "client-id", () -> "rada");
        properties.add(registration + "client-secret", () -> "rada-browser-test-secret");
        properties.add(registration + "client-name", () -> "Company Keycloak");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak::issuer);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
    }

    private void signInAtKeycloak(String username, String password) {
        open(page, "login");
        page.locator("#sso-keycloak").click();
        page.waitForURL(u -> u.contains("/realms/rada/"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    @Test
    void a_person_logs_in_at_keycloak_lands_in_rada_as_themselves_and_logs_out_at_both() {
        signInAtKeycloak("carla", "keycloak-carla");
        page.waitForURL(u -> u.startsWith(url("")) && !u.contains("/login"));
        waitForVaadin(page);
        open(page, "me");
        assertThat(page.locator("main")).containsText("customer@rada.demo");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-logout").click();
        // through Keycloak's logout and back to Rada's login page
        page.waitForURL(u -> u.startsWith(url("login")));
        waitForVaadin(page);
        open(page, "me");
        assertThat(page).hasURL(url("login"));
        // the session at Keycloak ended too: it asks for the password again
        page.locator("#sso-keycloak").click();
        page.waitForURL(u -> u.contains("/realms/rada/"));
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void an_account_rada_does_not_know_is_sent_back_with_a_message() {
        signInAtKeycloak("stranger", "keycloak-stranger");
        page.waitForURL(u -> u.contains("/login?sso=no-match"));
        waitForVaadin(page);
        assertThat(page.locator("#sso-refusal")).containsText("not a member of Rada");
        assertThat(page.locator("#sso-keycloak")).isVisible();
    }
}
