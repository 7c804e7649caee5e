package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TriageBrowserTest extends BrowserTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long submitAsCustomer(String title) {
        var customer = people.findLoginAccount("customer@rada.demo").orElseThrow().asUser();
        return SystemActor.callAs(customer, () -> ideas.submit(new IdeaDraft(title,
                "The receipt should list the warranty end date.", null, List.of(), Visibility.MEMBERS, null), List.of()));
    }

    @Test
    void staff_find_a_new_idea_in_the_queue_open_it_and_answer_with_planned() {
        long id = submitAsCustomer("Warranty date on the receipt zqbrowser");
        loginAs("staff");
        open(page, "staff/ideas");
        page.locator("#triage-search input").fill("zqbrowser");
        // the grid may keep a hidden copy of a row it has just replaced; the user sees the accessible one
        var link = page.locator("#triage-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Warranty date on the receipt zqbrowser"));
        assertThat(link).isVisible();
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        link.click();
        page.waitForURL(url -> url.endsWith("/ideas/" + id));
        waitForVaadin(page);
        page.locator("#staff-status").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Planned"))
                .click();
        page.locator("#staff-answer textarea").fill("Planned for the **June** release of the till software.");
        page.locator("#staff-status-save").click();

        Locator timeline = page.locator("#idea-timeline");
        assertThat(timeline).containsText("Planned");
        assertThat(timeline.locator("strong")).hasText("June");
        assertThat(statusOf(id)).isEqualTo("PLANNED");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from idea where id = ?", String.class, id);
    }
}
