package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages work under the portal's Content Security Policy: the base class fails a test on any
 * violation Chromium reports in the console, so visiting the pages is the check.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_main_pages_run_under_the_content_security_policy_without_a_violation() {
        var login = page.navigate(url("login"));
        var policy = login.headers().get("content-security-policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'");
        waitForVaadin(page);

        loginAs("staff");
        open(page, "ideas");
        assertThat(page.locator("#idea-list")).isVisible();
        long idea = jdbc.queryForObject("SELECT MIN(id) FROM idea WHERE merged_into_id IS NULL", Long.class);
        open(page, "ideas/" + idea);
        assertThat(page.locator(".idea-page-title")).isVisible();
        long map = jdbc.queryForObject("SELECT MIN(id) FROM journey_map WHERE status = 'PUBLISHED'", Long.class);
        open(page, "journeys/" + map);
        assertThat(page.locator("#journey-canvas")).isVisible();
        assertThat(page.locator("#emotion-curve")).isVisible();
        open(page, "staff/dashboard");
        assertThat(page.locator("#chart-funnel")).isVisible();
        page.waitForTimeout(1000);
        assertThat(policyViolations).isEmpty();
    }
}
