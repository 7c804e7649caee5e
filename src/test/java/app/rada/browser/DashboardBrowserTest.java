package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class DashboardBrowserTest extends BrowserTest {

    @Test
    void staff_open_the_dashboard_and_an_organisation_from_it_and_both_pages_are_accessible() {
        loginAs("staff");
        open(page, "staff/dashboard");
        assertThat(page.locator("#dashboard-ideas")).containsText("ideas submitted");
        assertThat(page.locator("#chart-funnel")).hasAttribute("role", "img");
        // the demo's past workshop: held, attended, with its pulse
        assertThat(page.locator("#sessions-figures")).containsText("sessions held");
        assertThat(page.locator("#sessions-figures")).containsText("NPS");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hotel Pod Lipami").setExact(true)).click();
        assertThat(page.locator("#organisation-did")).containsText("ideas suggested");
        assertThat(page).hasTitle("Hotel Pod Lipami");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
    }
}
