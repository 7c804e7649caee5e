package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ThemesBrowserTest extends BrowserTest {

    @Autowired
    JourneyService journeys;

    @Test
    void staff_open_the_demo_maps_themes_turn_one_into_an_idea_and_see_it_linked_to_the_annotations() {
        long map = SystemActor.call(() -> journeys.maps(0, 100).stream()
                .filter(m -> m.title().equals("Buying a home appliance online")).map(JourneySummary::id)
                .findFirst().orElseThrow());
        loginAs("staff");
        open(page, "journeys/" + map);

        page.locator("#themes-panel vaadin-details-summary").click();
        var turn = page.locator("#theme-cards vaadin-button").filter(new Locator.FilterOptions()
                .setHasText("Turn into an idea")).first();
        assertThat(turn).isVisible();
        assertThat(page.locator("#theme-cards .theme-card").count()).isGreaterThanOrEqualTo(3);
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "themes.png"))
                .setFullPage(true));
        String themeId = turn.getAttribute("id").replace("theme-idea-", "");
        String quote = page.locator("#theme-" + themeId + " .theme-quotes li").first().innerText();

        turn.click();
        assertThat(page.locator("#theme-idea-description textarea")).hasValue(Pattern.compile("say the same thing, for example:"));
        page.locator("#theme-idea-save").click();

        page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
        String ideaId = page.url().replaceAll(".*/ideas/", "");
        assertThat(page.locator("main")).containsText(quote.substring(1, Math.min(quote.length() - 1, 30)));

        open(page, "journeys/" + map);
        page.locator("#themes-panel vaadin-details-summary").click();
        assertThat(page.locator("#theme-cards .theme-turned a[href='ideas/" + ideaId + "']").first()).isVisible();
    }
}
