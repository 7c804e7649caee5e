package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvitationBrowserTest extends BrowserTest {

    private static final Pattern INVITATION_LINK = Pattern.compile("(\\S+)/invitation/([A-Za-z0-9_-]+)");

    /** Grid cells on screen with the text; the grid keeps rows it no longer shows in the page, hidden. */
    private Locator cells(String text) {
        return page.locator("#outbox-grid vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void staff_invite_a_customer_read_the_mail_in_the_outbox_and_the_invitee_accepts_from_its_link() {
        loginAs("staff");
        open(page, "staff/invitations");
        page.getByLabel("Name").first().fill("Hanna Wolska");
        page.getByLabel("E-mail").first().fill("hanna.wolska@example.com");
        page.locator("#invite-one").click();
        assertThat(page.locator("#invitations-grid")).containsText("hanna.wolska@example.com");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        // no mail server in this test: the invitation waits in the outbox, where staff read it
        page.locator("#main-nav").getByText("Outbox").click();
        page.waitForURL(u -> u.endsWith("/admin/outbox"));
        waitForVaadin(page);
        assertThat(page.locator("#outbox-delivery-off")).isVisible();
        // the demo's pending invitation is there too, found by its recipient among all the demo's mail
        page.getByLabel("Recipient or subject").fill("barbara.sikora");
        assertThat(cells("barbara.sikora@example.com")).hasCount(1);
        page.getByLabel("Recipient or subject").fill("hanna.wolska");
        assertThat(cells("barbara.sikora@example.com")).hasCount(0);
        assertThat(cells("You are invited to our customer council in Rada")).hasCount(1);
        assertThat(cells("Waiting")).hasCount(1);
        var row = cells("hanna.wolska@example.com");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        row.click();
        var html = page.locator("#outbox-mail-html");
        assertThat(html).hasAttribute("sandbox", "");
        assertThat(page.frameLocator("#outbox-mail-html").locator("h1")).containsText("Hanna Wolska");
        var text = page.locator("#outbox-mail-text");
        assertThat(text).containsText("/invitation/");
        assertThat(seriousAccessibilityViolationsOutsideFrames(page)).isEmpty();

        // the link in the mail carries the configured address of the portal; this test's portal runs on
        // a port of its own, so the invitee follows the link's path there
        var link = INVITATION_LINK.matcher(text.textContent());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:8080");
        var token = link.group(2);
        page.locator("#outbox-close").click();

        var invitee = newContext("en-GB");
        var inviteePage = invitee.newPage();
        open(inviteePage, "invitation/" + token);
        assertThat(inviteePage.locator("#invitation-title")).hasText("Join Rada");
        assertThat(seriousAccessibilityViolations(inviteePage)).isEmpty();
        inviteePage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a very private phrase");
        inviteePage.getByLabel("Password again").fill("a very private phrase");
        inviteePage.getByText("I accept the terms of use and the privacy notice").click();
        inviteePage.locator("#invitation-accept").click();
        inviteePage.waitForURL(u -> !u.contains("/invitation/"));
        waitForVaadin(inviteePage);
        assertThat(inviteePage.locator("#welcome-heading")).hasText("Welcome, Hanna Wolska");

        // the link worked once
        open(inviteePage, "invitation/" + token);
        assertThat(inviteePage.locator("#invitation-closed")).isVisible();
        invitee.close();
    }
}
