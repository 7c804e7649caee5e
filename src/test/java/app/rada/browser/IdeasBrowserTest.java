package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdeasBrowserTest extends BrowserTest {

    @Test
    void a_member_submits_an_idea_and_another_member_votes_for_it_while_the_author_watches_the_count() {
        login(page, "magdalena.wojcik@rada.demo", "demo");
        open(page, "ideas/new");
        page.locator("#idea-title input").fill("Show the delivery date before I pay");
        page.locator("#idea-description textarea").fill("Knowing **when** it arrives helps me plan the day.");
        page.locator("#save-idea").click();
        assertThat(page.locator("h1.idea-page-title")).hasText("Show the delivery date before I pay");
        assertThat(page.locator("#idea-description-text strong")).hasText("when");
        assertThat(page.locator("#vote-count")).hasText("0");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.waitForURL(Pattern.compile(".*/ideas/[0-9]+$"));
        var ideaUrl = page.url();

        var other = newContext("en-GB");
        var voter = other.newPage();
        login(voter, "ewa.lis@rada.demo", "demo");
        voter.navigate(ideaUrl);
        waitForVaadin(voter);
        voter.locator("#vote-button").click();
        assertThat(voter.locator("#vote-count")).hasText("1");
        // the author's open page follows without a reload; the hotel is a strategic client (weight 3)
        assertThat(page.locator("#vote-count")).hasText("1");
        assertThat(page.locator("#weighted-count")).hasText("3");
        other.close();
    }

    @Test
    void the_board_filters_by_search_and_keeps_the_filter_in_the_address() {
        loginAs("customer");
        open(page, "ideas");
        assertThat(page.locator(".idea-card").first()).isVisible();
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        // the vote button on a card toggles the member's vote in place
        var firstVote = page.locator(".idea-card button.vote-button").first();
        var before = firstVote.getAttribute("aria-pressed");
        firstVote.click();
        assertThat(firstVote).hasAttribute("aria-pressed", "true".equals(before) ? "false" : "true");
        firstVote.focus();
        page.keyboard().press("Enter");
        assertThat(firstVote).hasAttribute("aria-pressed", before);
        page.locator("#idea-search input").fill("hotline");
        page.waitForURL(url -> url.contains("q=hotline"));
        assertThat(page.locator(".idea-card").first()).containsText("hotline");
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("#idea-search input")).hasValue("hotline");
    }

    @Test
    void a_staff_answer_reaches_the_author_as_a_notification() {
        login(page, "michal.grabowski@rada.demo", "demo");
        open(page, "ideas/new");
        page.locator("#idea-title input").fill("Say which floor the courier carries to");
        page.locator("#idea-description textarea").fill("I live on the fourth floor without a lift.");
        page.locator("#save-idea").click();
        assertThat(page.locator("h1.idea-page-title")).hasText("Say which floor the courier carries to");
        page.waitForURL(Pattern.compile(".*/ideas/[0-9]+$"));
        var ideaUrl = page.url();

        var staffContext = newContext("en-GB");
        var staff = staffContext.newPage();
        login(staff, "staff@rada.demo", "demo");
        staff.navigate(ideaUrl);
        waitForVaadin(staff);
        staff.locator("#staff-status").click();
        staff.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Planned"))
                .click();
        staff.locator("#staff-answer textarea").fill("Couriers will carry to any floor from January.");
        staff.locator("#staff-status-save").click();
        assertThat(staff.locator("#idea-timeline")).containsText("Couriers will carry to any floor");
        staffContext.close();

        // the author hears back in the notification centre (the notice is written right after the answer commits)
        open(page, "notifications");
        for (int attempt = 0; attempt < 10
                && !page.locator("#notification-list").textContent().contains("carries to”"); attempt++) {
            page.waitForTimeout(500);
            open(page, "notifications");
        }
        assertThat(page.locator("#notification-list")).containsText("“Say which floor the courier carries to” is planned");
        page.locator("#notification-list vaadin-button", new Page.LocatorOptions()
                .setHasText("Open")).first().click();
        page.waitForURL(url -> url.equals(ideaUrl));
        assertThat(page.locator("#idea-timeline")).containsText("Couriers will carry to any floor");
    }
}
