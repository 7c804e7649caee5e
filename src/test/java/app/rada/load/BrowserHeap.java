package app.rada.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Heap per member as real browsers hold it: members log in with Debian's Chromium, each in its own browser
 * context (its own cookies, so its own HTTP session), follow the menu to a page as a person does and stay
 * there. The node's heap is read after full collections at two session counts; the difference divided by
 * the sessions added is what one member on that page costs the node.
 *
 * <p>Pages: {@code start} (the start page after login), {@code board} (the idea board through the menu),
 * {@code idea} (the first idea on the board, with its discussion) and {@code map} (the first published
 * journey map through the menu). For the idea page and the map, the members then move on to the board, and
 * the heap says what the page gave back. Each page gets its own members; the members of a page log out
 * before the next page is measured.
 *
 * <p>Arguments are {@code key=value}: {@code base} (the node, straight, not through a balancer),
 * {@code pid} (the node's process), {@code low} (20) and {@code high} (80) sessions, {@code pages}
 * ({@code start,board,idea,map}), {@code browsers} (4 browser processes sharing the work), {@code db},
 * {@code dbUser}, {@code dbPassword} (where the load members are added). See {@code docs/benchmarks.md}.
 */
public final class BrowserHeap {

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new BrowserHeap(options).run();
    }

    private final String base;
    private final List<Long> pids;
    private final int low;
    private final int high;
    private final List<String> pages;
    private final int browsers;
    private final Map<String, String> options;

    private BrowserHeap(Map<String, String> options) {
        this.options = options;
        var node = options.getOrDefault("base", "http://localhost:8081/");
        base = node.endsWith("/") ? node : node + "/";
        pids = List.of(Long.parseLong(options.get("pid")));
        low = Integer.parseInt(options.getOrDefault("low", "20"));
        high = Integer.parseInt(options.getOrDefault("high", "80"));
        pages = List.of(options.getOrDefault("pages", "start,board,idea,map").split(","));
        browsers = Integer.parseInt(options.getOrDefault("browsers", "4"));
    }

    private void run() throws Exception {
        try (var db = DriverManager.getConnection(
                options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/rada_cluster"),
                options.getOrDefault("dbUser", "postgres"), options.getOrDefault("dbPassword", ""))) {
            LoadMembers.seed(db, pages.size() * high);
        }
        var report = new StringBuilder(String.format(Locale.ROOT,
                "Browser heap: %s, %d and %d sessions per page, %d browsers, %s%n%n"
                        + "| page | heap at %d (MB) | heap at %d (MB) | KB per session | after moving on to the board (KB per session) |%n"
                        + "|---|---|---|---|---|%n", base, low, high, browsers, Instant.now(), low, high));
        var executable = Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium");
        var workers = new ArrayList<Worker>();
        try (ExecutorService threads = Executors.newFixedThreadPool(browsers)) {
            for (int i = 0; i < browsers; i++) {
                workers.add(threads.submit(() -> new Worker(executable)).get());
            }
            int firstMember = 1;
            for (var kind : pages) {
                long before = settledHeap();
                var sessions = open(threads, workers, kind, firstMember, low);
                long atLow = settledHeap();
                histogram(kind + "-" + low);
                sessions.addAll(open(threads, workers, kind, firstMember + low, high - low));
                long atHigh = settledHeap();
                histogram(kind + "-" + high);
                double perSession = (atHigh - atLow) / 1024.0 / (high - low);
                String movedOn = "";
                if (kind.equals("idea") || kind.equals("map")) {
                    each(threads, sessions, session -> session.followMenu("ideas"));
                    long afterLeaving = settledHeap();
                    movedOn = String.format(Locale.ROOT, "%.0f", (afterLeaving - before) / 1024.0 / high);
                }
                report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %s |%n", kind,
                        atLow / 1048576.0, atHigh / 1048576.0, perSession, movedOn));
                System.out.printf(Locale.ROOT, "BROWSER-HEAP %s: %.0f KB per session (%.1f MB at %d, %.1f MB at %d)%n",
                        kind, perSession, atLow / 1048576.0, low, atHigh / 1048576.0, high);
                each(threads, sessions, Session::logOut);
                firstMember += high;
            }
            for (var worker : workers) {
                threads.submit(worker::close).get();
            }
        }
        System.out.println(report);
        var file = System.getProperty("rada.load.report");
        if (file != null) {
            Files.writeString(Path.of(file), report.toString());
        }
    }

    /**
     * With {@code -Drada.load.histograms=true}: the node's class histogram in {@code target/load}, to compare
     * what the sessions hold at the two counts ({@code scripts/histogram-diff.py}); with
     * {@code -Drada.load.dumps=true} also heap dumps, for a dominator tree in a heap analyser.
     */
    private void histogram(String name) throws Exception {
        if (Boolean.getBoolean("rada.load.histograms")) {
            Files.writeString(Path.of("target", "load", "browser-" + name + ".histo"),
                    NodeHeap.jcmd(pids.getFirst(), "GC.class_histogram"));
        }
        if (Boolean.getBoolean("rada.load.dumps")) {
            var dump = Path.of("target", "load", "browser-" + name + ".hprof").toAbsolutePath();
            Files.deleteIfExists(dump);
            NodeHeap.jcmd(pids.getFirst(), "GC.heap_dump " + dump);
        }
    }

    /**
     * The heap once the browsers are idle: the node closes HTTP connections a browser keeps open without
     * using them after its keep-alive time (20 s), and the page's push connection is all that stays.
     */
    private long settledHeap() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(Long.getLong("rada.load.settle", 25)));
        return NodeHeap.usedAfterFullCollection(pids);
    }

    /** Opens {@code count} sessions on a page, spread over the browsers, each browser on its own thread. */
    private List<Session> open(ExecutorService threads, List<Worker> workers, String kind, int firstMember, int count)
            throws Exception {
        var futures = new ArrayList<Future<List<Session>>>();
        for (int w = 0; w < workers.size(); w++) {
            var worker = workers.get(w);
            int offset = w;
            futures.add(threads.submit(() -> {
                var opened = new ArrayList<Session>();
                for (int i = offset; i < count; i += workers.size()) {
                    var session = worker.session(LoadMembers.email(firstMember + i));
                    session.goTo(kind);
                    opened.add(session);
                }
                return opened;
            }));
        }
        var all = new ArrayList<Session>();
        for (var future : futures) {
            all.addAll(future.get());
        }
        return all;
    }

    /** Runs an action on every session, on the thread of the browser the session belongs to. */
    private static void each(ExecutorService threads, List<Session> sessions, java.util.function.Consumer<Session> action)
            throws Exception {
        var byWorker = new LinkedHashMap<Worker, List<Session>>();
        sessions.forEach(s -> byWorker.computeIfAbsent(s.worker, w -> new ArrayList<>()).add(s));
        var futures = new ArrayList<Future<?>>();
        for (var group : byWorker.values()) {
            futures.add(threads.submit(() -> group.forEach(action)));
        }
        for (var future : futures) {
            future.get();
        }
    }

    /** One Chromium process; Playwright objects are used only from the thread that made them. */
    private final class Worker {
        private final Playwright playwright;
        private final Browser browser;

        Worker(String executable) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
        }

        Session session(String email) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
            context.setDefaultTimeout(60_000);
            var page = context.newPage();
            settle(page, base + "login");
            page.locator("vaadin-login-form input[name='username']").fill(email);
            page.locator("vaadin-login-form input[name='password']").fill(LoadMembers.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(u -> !u.contains("/login"));
            idle(page);
            return new Session(this, context, page);
        }

        void close() {
            browser.close();
            playwright.close();
        }
    }

    /** A member's browser tab, on the node through its own session. */
    private record Session(Worker worker, BrowserContext context, Page page) {

        void goTo(String kind) {
            switch (kind) {
                case "start" -> { }
                case "board" -> followMenu("ideas");
                case "idea" -> {
                    followMenu("ideas");
                    page.locator(".idea-card a[href^='ideas/']").first().click();
                    page.waitForURL(u -> u.matches(".*/ideas/\\d+$"));
                    idle(page);
                }
                case "map" -> {
                    followMenu("journeys");
                    page.locator("a[href^='journeys/']").first().click();
                    page.waitForURL(u -> u.matches(".*/journeys/\\d+$"));
                    idle(page);
                }
                default -> throw new IllegalArgumentException("unknown page: " + kind);
            }
        }

        void followMenu(String path) {
            page.locator("vaadin-side-nav-item[path='" + path + "']").first().click();
            page.waitForURL(u -> u.endsWith("/" + path));
            idle(page);
        }

        void logOut() {
            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.locator("#menu-logout").click();
            page.waitForURL(u -> u.contains("/login"));
            context.close();
        }
    }

    private static void settle(Page page, String url) {
        page.navigate(url);
        idle(page);
    }

    /** Until Vaadin has no request in flight. */
    private static void idle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(Duration.ofSeconds(60).toMillis()));
    }
}
