package app.rada.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How long an annotation saved on one node takes to appear on the same map open on another node, in two
 * real browsers: one logged in on node A, one on node B, each straight at its node (not through the
 * balancer, so they cannot land on the same node). The time runs from the click on "Save" on A until B's
 * annotation list shows the new text, so it includes A's own save.
 *
 * <p>Arguments are {@code key=value}: {@code a} and {@code b} (the nodes' addresses), {@code count}
 * (annotations, 20), {@code pause} (milliseconds between them, 1500); see {@code docs/benchmarks.md}.
 */
public final class CrossNodeLatency {

    public static void main(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        System.exit(run(options) ? 0 : 1);
    }

    private static boolean run(Map<String, String> options) {
        var a = slash(options.getOrDefault("a", "http://localhost:8081/"));
        var b = slash(options.getOrDefault("b", "http://localhost:8082/"));
        int count = Integer.parseInt(options.getOrDefault("count", "20"));
        int pause = Integer.parseInt(options.getOrDefault("pause", "1500"));
        var executable = Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium");
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable)).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")))) {
            var writer = page(browser, a, options.getOrDefault("writer", "ewa.lis@rada.demo"));
            var reader = page(browser, b, options.getOrDefault("reader", "board@rada.demo"));
            open(writer, a + "journeys");
            var mapPath = writer.locator("a[href^='journeys/']").first().getAttribute("href");
            open(writer, a + mapPath);
            open(reader, b + mapPath);
            var delays = new ArrayList<Long>();
            for (int i = 0; i < count; i++) {
                var token = "Across nodes " + UUID.randomUUID().toString().substring(0, 8);
                writer.locator("button.annotate").first().click();
                writer.locator("#annotation-text textarea").fill(token);
                long start = System.nanoTime();
                writer.locator("#annotation-save").click();
                reader.waitForFunction("t => { const l = document.querySelector('#annotation-list'); "
                        + "return l && l.textContent.includes(t); }", token,
                        new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(10_000));
                delays.add((System.nanoTime() - start) / 1_000_000);
                writer.waitForTimeout(pause);
            }
            Collections.sort(delays);
            long p95 = delays.get((int) Math.ceil(delays.size() * 0.95) - 1);
            System.out.printf(Locale.ROOT, "CROSS-NODE: %d annotations from %s to %s: median %d ms, p95 %d ms, max %d ms%n",
                    delays.size(), a, b, delays.get(delays.size() / 2), p95, delays.getLast());
            return p95 <= 1000;
        }
    }

    private static Page page(Browser browser, String node, String email) {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
        context.setDefaultTimeout(20_000);
        var page = context.newPage();
        open(page, node + "login");
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private static void open(Page page, String url) {
        page.navigate(url);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private static String slash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
