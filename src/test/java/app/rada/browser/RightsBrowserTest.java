package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.MembershipChange;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rights taken away while a page is open: the page stops working at its next click, and nothing is done. */
class RightsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long test password";

    @Autowired
    IdeaService ideas;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_open_triage_page_refuses_the_next_click_once_the_staff_role_is_removed() {
        long idea = submitAsCustomer("Receipts by e-mail zqrights");
        var statusBefore = statusOf(idea);
        // the bulk action offers "Under review" first; the click would move the idea there
        assertThat(statusBefore).isNotEqualTo("UNDER_REVIEW");
        var email = "rights-" + System.nanoTime() + "@example.com";
        long staffId = SystemActor.call(() -> people.createPerson(email, "Temporary Staff", EnumSet.of(Role.STAFF),
                null, Language.EN, PASSWORD));
        login(page, email, PASSWORD);
        open(page, "staff/ideas");
        page.locator("#triage-search input").fill("zqrights");
        var link = page.locator("#triage-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Receipts by e-mail zqrights"));
        assertThat(link).isVisible();
        page.locator("#triage-grid").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Select Row"))
                .first().click();
        assertThat(page.locator("#triage-selected")).hasText("1 idea selected");

        // an admin takes the staff role away while the page stays open
        SystemActor.run(() -> people.changeMembership(staffId, new MembershipChange(EnumSet.of(Role.CUSTOMER), null,
                null, null)));
        try {
            page.locator("#triage-bulk-apply").click(new Locator.ClickOptions().setTimeout(2_000));
        } catch (TimeoutError refusedBefore) {
            // the open page had a request of its own still on the way (the grid asks again after a selection);
            // that request was refused first and the page reloaded before the click could land
        }

        // the page reloads and is checked again with the person's rights as they are now
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-notification-card")).containsText("Your rights in the portal have changed",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#triage-grid")).hasCount(0);
        assertThat(statusOf(idea)).isEqualTo(statusBefore);
    }

    private long submitAsCustomer(String title) {
        var customer = people.findLoginAccount("customer@rada.demo").orElseThrow().asUser();
        return SystemActor.callAs(customer, () -> ideas.submit(new IdeaDraft(title,
                "A copy of each receipt in the mailbox.", null, List.of(), Visibility.MEMBERS, null), List.of()));
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from idea where id = ?", String.class, id);
    }
}
