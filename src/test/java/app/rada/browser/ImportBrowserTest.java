package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ImportBrowserTest extends BrowserTest {

    private static Path sample(String name) throws Exception {
        var url = ImportBrowserTest.class.getResource("/imports/" + name);
        if (url == null) {
            throw new IllegalArgumentException(name);
        }
        return Paths.get(url.toURI());
    }

    @Test
    void staff_upload_an_export_see_the_preview_import_it_find_the_ideas_on_the_board_and_undo() throws Exception {
        loginAs("staff");
        open(page, "");
        assertThat(page.locator("#main-nav")).containsText("Import ideas");
        open(page, "staff/import");
        page.locator("#import-upload input[type=file]").setInputFiles(sample("canny-posts.csv"));
        assertThat(page.locator("#import-totals")).containsText("6 rows: 3 to import, 3 with errors");
        assertThat(page.locator("#import-preview")).containsText("Not imported: The title is missing.");
        assertThat(page.locator("#import-preview")).containsText("The status \"wontfix\" has no place in the portal.");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        page.locator("#import-confirm").click();
        var batches = page.locator("#import-batches");
        assertThat(batches).containsText("canny-posts.csv");
        assertThat(batches).containsText("3 created, 3 skipped");
        assertThat(batches).containsText("Done");

        // the progress and the result are kept: a reload shows them again
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("#import-batches")).containsText("3 created, 3 skipped");

        open(page, "ideas?q=evening");
        assertThat(page.locator("#idea-list")).containsText("Send the delivery slot by SMS the evening before");

        open(page, "staff/import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo the import of canny-posts.csv"))
                .first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this import").setExact(true))
                .click();
        assertThat(page.locator("#import-batches")).containsText("Undone");

        open(page, "ideas?q=evening");
        assertThat(page.locator("#idea-list")).not().containsText("Send the delivery slot by SMS the evening before");

        var customer = newContext("en-GB").newPage();
        login(customer, "customer@rada.demo", "demo");
        open(customer, "staff/import");
        assertThat(customer.locator("body")).containsText("No access");
        assertThat(customer.locator("#import-upload")).hasCount(0);
    }
}
