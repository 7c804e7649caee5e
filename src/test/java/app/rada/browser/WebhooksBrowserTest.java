package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import app.rada.webhooks.Receiver;
import app.rada.webhooks.internal.WebhookSender;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WebhooksBrowserTest extends BrowserTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    PeopleService people;

    @Autowired
    WebhookSender sender;

    @Autowired
    JdbcTemplate jdbc;

    private final Receiver receiver = Receiver.onFreePort();

    @AfterEach
    void quiet() {
        jdbc.update("update webhook_endpoint set enabled = false");
        receiver.stop();
    }

    @Test
    void an_admin_adds_an_endpoint_a_new_idea_reaches_it_and_the_page_shows_it_delivered() {
        receiver.start();
        var name = "Support desk " + UUID.randomUUID().toString().substring(0, 8);
        loginAs("admin");
        open(page, "admin/webhooks");
        page.locator("#webhook-new").click();
        page.locator("#webhook-name input").fill(name);
        page.locator("#webhook-url input").fill(receiver.url());
        page.locator("#webhook-save").click();
        assertThat(page.locator("#webhook-secret input")).hasValue(java.util.regex.Pattern.compile("^whsec_.+"));
        page.locator("#webhook-secret-done").click();
        assertThat(page.locator("#webhook-endpoints")).containsText(name);

        var author = people.findLoginAccount("customer@rada.demo").orElseThrow().asUser();
        var title = "Webhook browser idea " + UUID.randomUUID().toString().substring(0, 8);
        long idea = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft(title, "Tell the support desk.", null,
                List.of(), Visibility.MEMBERS, null), List.of()));
        sender.deliverDue();
        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().getFirst().body()).contains("\"ideaId\":" + idea);

        page.locator("vaadin-button[aria-label='Show the deliveries to the endpoint " + name + "']").click();
        assertThat(page.locator("#webhook-deliveries-title")).hasText("Deliveries to " + name);
        assertThat(page.locator("#webhook-deliveries")).containsText("Delivered");
        assertThat(page.locator("#webhook-deliveries")).containsText("Idea submitted");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "webhooks.png"))
                .setFullPage(true));
    }
}
