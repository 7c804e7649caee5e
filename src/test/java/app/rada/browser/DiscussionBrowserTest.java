package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiscussionBrowserTest extends BrowserTest {

    @Test
    void a_customer_mentions_a_board_member_picked_by_name_in_a_comment() {
        loginAs("customer");
        open(page, "ideas");
        page.locator(".idea-card .idea-title-link").first().click();
        assertThat(page.locator("h1.idea-page-title")).isVisible();
        page.locator("#comment-text textarea").fill("Could you share how this works for you,");
        page.locator("#mention-picker input").pressSequentially("Katarzyna");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions()
                .setHasText("Katarzyna Zielińska")).first().click();
        assertThat(page.locator("#comment-text textarea")).hasValue(
                Pattern.compile(".*@\\[Katarzyna Zielińska]\\(person:\\d+\\) $"));
        page.locator("#post-comment").click();
        assertThat(page.locator("#comment-list .comment .mention").last()).hasText("@Katarzyna Zielińska");
        assertThat(page.locator("#comment-list .comment").last()).containsText("Could you share how this works for you");

        // the comment's own buttons are drawn in its markup: a reply opens under it and lands in its thread
        var thread = page.locator("#comment-list .comment-thread").last();
        thread.locator(".comment .reply-button").first().click();
        thread.locator(".reply-text textarea").fill("Replying from the thread");
        thread.locator(".send-reply").click();
        assertThat(page.locator("#comment-list .comment-thread").last().locator(".comment-replies .comment").last())
                .containsText("Replying from the thread");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
    }
}
