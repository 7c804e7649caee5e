package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiClient;
import app.rada.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokensBrowserTest extends BrowserTest {

    @Test
    void an_admin_creates_a_token_copies_it_and_another_system_calls_the_api_with_it() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        loginAs("admin");
        open(page, "admin/api-tokens");
        page.locator("#api-token-name input").fill("Help desk");
        page.locator("#api-token-scopes vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Write")).click();
        page.locator("#api-token-create").click();
        var field = page.locator("#api-token-value input");
        assertThat(field).hasValue(java.util.regex.Pattern.compile("^rada_.{43}$"));
        page.locator("#api-token-copy").click();
        page.waitForFunction("async () => (await navigator.clipboard.readText()).startsWith('rada_')");
        var copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(field.inputValue());
        assertThat(page.locator("#api-tokens-grid")).containsText("Help desk");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        var answer = new ApiClient(port).withToken(copied).get("/api/v1/ideas?limit=3");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("items").size()).isEqualTo(3);
        var vote = new ApiClient(port).withToken(copied).get("/api/v1/ideas/" + answer.json().get("items").get(0)
                .get("id").asLong());
        assertThat(vote.status()).isEqualTo(200);
    }

    @Test
    void the_api_documentation_opens_for_a_logged_in_admin() {
        loginAs("admin");
        // the document is put together at its first request, which takes a while on a busy machine
        var document = page.waitForResponse(response -> response.url().endsWith("/api/v1/openapi.json"),
                new com.microsoft.playwright.Page.WaitForResponseOptions().setTimeout(120_000),
                () -> page.navigate(url("api/docs")));
        assertThat(document.status()).isEqualTo(200);
        assertThat(page.locator("body")).containsText("Rada REST API",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("body")).containsText("/api/v1/ideas");
    }
}
