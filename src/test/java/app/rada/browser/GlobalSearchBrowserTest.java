package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GlobalSearchBrowserTest extends BrowserTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PeopleService people;

    @Test
    void a_member_searches_a_polish_word_from_the_shell_and_opens_a_result_from_its_group() {
        var author = people.findLoginAccount("pawel.dudek@rada.demo").orElseThrow().asUser();
        long id = SystemActor.callAs(author, () -> {
            long idea = ideas.submit(new IdeaDraft("Dostawa lodówki pod właściwy adres",
                    "Lodówkę przywieźli na adres z faktury.", null, List.of(), Visibility.MEMBERS, null), List.of());
            discussion.comment(idea, null, "Moje lodówki też jechały dwa razy.");
            return idea;
        });

        loginAs("customer");
        open(page, "ideas");
        var box = page.locator("#shell-search input");
        box.fill("lodówka");
        box.press("Enter");
        page.waitForURL(url -> url.contains("/search?q="));
        waitForVaadin(page);

        var ideasGroup = page.locator("#search-group-idea");
        assertThat(ideasGroup.locator("h2")).hasText("Ideas");
        assertThat(page.locator("#search-group-comment h2")).hasText("Comments on ideas");
        var hit = ideasGroup.locator(".search-hit", new Locator.LocatorOptions()
                .setHasText("Dostawa lodówki pod właściwy adres"));
        assertThat(hit.locator("mark").first()).hasText("lodówki");
        assertThat(page.locator("#search-group-comment mark").first()).hasText("lodówki");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search.png"))
                .setFullPage(true));

        hit.locator("a.search-hit-link").click();
        page.waitForURL(url -> url.endsWith("/ideas/" + id));
        waitForVaadin(page);
        assertThat(page.locator("h1.idea-page-title")).hasText("Dostawa lodówki pod właściwy adres");
    }
}
