package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.people.LoginAccounts;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start page as each role meets it: what waits for them, each item one click from where it is done. */
class StartPageBrowserTest extends BrowserTest {

    @Autowired
    IdeaService ideas;
    @Autowired
    TriageService triage;
    @Autowired
    LoginAccounts accounts;

    @Test
    void a_member_follows_the_news_on_their_idea_to_its_page() {
        var member = accounts.findLoginAccount("magdalena.wojcik@rada.demo").orElseThrow().asUser();
        var staff = accounts.findLoginAccount("staff@rada.demo").orElseThrow().asUser();
        var title = "Delivery slots on Saturday mornings";
        long idea = SystemActor.callAs(member, () -> ideas.submit(new IdeaDraft(title,
                "Weekdays are hard for people who work shifts.", null, List.of(), Visibility.MEMBERS, null), List.of()));
        SystemActor.callAs(staff, () -> {
            triage.changeStatus(idea, IdeaStatus.UNDER_REVIEW, "We are checking the drivers' rota.");
            return null;
        });

        login(page, member.email(), "demo");
        var news = page.locator("#start-idea-news");
        assertThat(news).containsText(title);
        assertThat(news).containsText("Under review");
        assertThat(page.locator("#start-sessions")).isVisible();
        assertThat(page.locator("#start-points")).containsText("Next badge");
        assertThat(page.locator("#programme-figures")).hasCount(0);
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "start-member.png"))
                .setFullPage(true));

        news.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        page.waitForURL(url -> url.endsWith("/ideas/" + idea));
        waitForVaadin(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1)).first())
                .isVisible();
    }

    @Test
    void staff_and_administrators_see_their_queues_and_the_figures() {
        loginAs("staff");
        assertThat(page.locator("#start-first-answers")).containsText("Waiting for a first answer");
        assertThat(page.locator("#start-ballots")).containsText("Ballots closing soon");
        assertThat(page.locator("#programme-figures")).isVisible();
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "start-staff.png"))
                .setFullPage(true));

        var adminContext = newContext("en-GB");
        var admin = adminContext.newPage();
        login(admin, "admin@rada.demo", "demo");
        assertThat(admin.locator("#start-setup")).containsText("The demo programme is loaded");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "start-admin.png"))
                .setFullPage(true));
        adminContext.close();
    }
}
