package app.rada.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for end-to-end tests: the portal on a free port, Debian's Chromium driven by Playwright,
 * one isolated browser context per test (and more for several users), a screenshot in
 * {@code target/screenshots} when a test fails, and an axe-core accessibility check.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class BrowserTest {

    /** Flags that keep Chromium off the network and working as root in a container. */
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** What Chromium refused because of the Content Security Policy, in any context of the test. */
    protected final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final TestWatcher screenshots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext extension, Throwable cause) {
            if (page != null && !page.isClosed()) {
                var file = Path.of("target", "screenshots",
                        extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName()
                                .replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            }
            closeContext();
        }

        @Override
        public void testSuccessful(ExtensionContext extension) {
            closeContext();
        }
    };

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var executable = Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium");
        assertThat(Files.isExecutable(Path.of(executable)))
                .as("Chromium at %s (install Debian's chromium package)", executable).isTrue();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void openPage() {
        // each cached test context (the single sign-on test has its own) has its own Vaadin-aware strategy;
        // the global holder, which the services and the test's own calls read, must use this context's
        SecurityContextHolder.setContextHolderStrategy(SecondNode.securityContexts(applicationContext));
        context = newContext("en-GB");
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        // the watcher closes the context after taking its screenshot; a page the policy broke fails here
        assertThat(policyViolations).as("Content Security Policy violations").isEmpty();
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A separate browser profile, for a second user at the same time. */
    protected BrowserContext newContext(String locale) {
        var created = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 860));
        created.setDefaultTimeout(20_000);
        created.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return created;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the page and waits until Vaadin has drawn it. */
    protected void open(Page target, String path) {
        target.navigate(url(path));
        waitForVaadin(target);
    }

    protected static void waitForVaadin(Page target) {
        target.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    protected void login(Page target, String email, String password) {
        open(target, "login");
        target.locator("vaadin-login-form input[name='username']").fill(email);
        target.locator("vaadin-login-form input[name='password']").fill(password);
        target.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        target.waitForURL(u -> !u.contains("/login"));
        waitForVaadin(target);
    }

    protected void loginAs(String demoRole) {
        login(page, demoRole + "@rada.demo", "demo");
    }

    /** Serious and critical WCAG 2.2 AA violations on the page as it is now. */
    protected List<String> seriousAccessibilityViolations(Page target) {
        var results = new AxeBuilder(target).withTags(WCAG_TAGS).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
    }

    /**
     * The same check, leaving out the content of frames: axe cannot run inside a frame whose
     * {@code sandbox} forbids scripts (the outbox shows mail that way), and would wait for it forever.
     * The frame element itself (its title, for example) is still checked.
     */
    protected List<String> seriousAccessibilityViolationsOutsideFrames(Page target) {
        var options = new AxeRunOptions();
        options.setIFrames(false);
        var results = new AxeBuilder(target).withTags(WCAG_TAGS).options(options).setLegacyMode(true).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
