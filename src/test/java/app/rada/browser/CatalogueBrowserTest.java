package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueBrowserTest extends BrowserTest {

    @Test
    void an_admin_adds_a_category_and_a_member_files_a_new_idea_under_it() {
        loginAs("admin");
        open(page, "admin/catalogue");
        page.locator("#new-category").click();
        page.locator("#category-name-en input").fill("Returns and refunds");
        page.locator("#category-name-pl input").fill("Zwroty i reklamacje");
        page.locator("#save-category").click();
        assertThat(page.locator("#categories-grid")).containsText("Returns and refunds");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        var other = newContext("en-GB");
        var member = other.newPage();
        login(member, "customer@rada.demo", "demo");
        open(member, "ideas/new");
        member.locator("#idea-title input").fill("Collect returns from the door");
        member.locator("#idea-description textarea").fill("Taking a parcel back to the shop costs me an afternoon.");
        member.locator("#idea-category input").pressSequentially("Returns");
        member.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Returns and refunds")).first()
                .click();
        // the list of categories closes before the form takes a click again
        assertThat(member.locator("vaadin-combo-box-overlay[opened]")).hasCount(0);
        assertThat(member.locator("#idea-category input")).hasValue("Returns and refunds");
        member.locator("#save-idea").click();
        member.waitForURL(Pattern.compile(".*/ideas/[0-9]+$"));
        assertThat(member.locator("h1.idea-page-title")).hasText("Collect returns from the door");
        assertThat(member.locator("main")).containsText("Returns and refunds");
        other.close();
    }
}
