package app.rada.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The run other feedback portals are measured by, for figures that can be set side by side: logged-in
 * members open the idea board (newest first, most voted first), search it and vote, one action after
 * another with no pause, at several numbers of members at once. Each level is measured for a fixed time
 * after a warm-up, and reports requests per second and p50/p95/p99 by action, the node's and the
 * database's CPU, and the node's memory.
 *
 * <p>A request is one server round trip of the open page, as the browser sends it: opening the board in
 * another order is the router's round trip plus the one the new view's components answer with; a vote is
 * opening an idea from the board and pressing its vote button. Arguments are {@code key=value}: {@code
 * base}, {@code db}, {@code dbUser}, {@code dbPassword}, {@code pids} (the measured node), {@code levels}
 * (1,10,50), {@code warmup} (5 s) and {@code measure} (20 s).
 */
public final class PeerRun {

    private static final Pattern CARD_LINK = Pattern.compile("href=\"(ideas/[0-9]+)\"");

    public static void main(String[] args) throws Exception {
        new PeerRun(LoadDriver.options(args)).run();
    }

    private final String base;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final List<Long> pids = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final int warmupSeconds;
    private final int measureSeconds;

    private PeerRun(Map<String, String> options) {
        base = options.getOrDefault("base", "http://localhost:8081/");
        dbUrl = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/rada_cluster");
        dbUser = options.getOrDefault("dbUser", "postgres");
        dbPassword = options.getOrDefault("dbPassword", "");
        for (var pid : options.getOrDefault("pids", "").split(",")) {
            if (!pid.isBlank()) {
                pids.add(Long.parseLong(pid.strip()));
            }
        }
        for (var level : options.getOrDefault("levels", "1,10,50").split(",")) {
            levels.add(Integer.parseInt(level.strip()));
        }
        warmupSeconds = Integer.parseInt(options.getOrDefault("warmup", "5"));
        measureSeconds = Integer.parseInt(options.getOrDefault("measure", "20"));
    }

    private void run() throws Exception {
        int most = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> words;
        long ideas;
        long votes;
        try (var db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            LoadMembers.seed(db, most);
            db.setAutoCommit(true);
            words = LoadMembers.vocabulary(db);
            ideas = count(db, "idea");
            votes = count(db, "idea_vote");
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        var report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Peer-comparable run against %s: %,d ideas, %,d votes, %d search words; "
                        + "%d s warm-up, %d s measured per level; %s%n", base, ideas, votes, words.size(), warmupSeconds,
                measureSeconds, Instant.now()));
        for (int level : levels) {
            report.append(level(http, level, words));
        }
        System.out.println("PEER REPORT\n" + report);
        var out = System.getProperty("rada.load.report");
        if (out != null) {
            Files.writeString(Path.of(out), report.toString());
        }
    }

    private String level(HttpClient http, int members, List<String> words) throws Exception {
        var stats = new Stats();
        var clients = new ArrayList<VaadinClient>();
        // everyone logs in and opens the board before the clock starts: logins are not part of the figures
        try (var threads = Executors.newFixedThreadPool(8)) {
            var opened = new ArrayList<Future<VaadinClient>>();
            for (int i = 1; i <= members; i++) {
                var email = LoadMembers.email(i);
                opened.add(threads.submit(() -> {
                    var client = new VaadinClient(http, base, stats);
                    client.login(email, LoadMembers.PASSWORD);
                    client.open("ideas");
                    return client;
                }));
            }
            for (var client : opened) {
                clients.add(client.get());
            }
        }
        var load = loadAverage();
        var running = new AtomicBoolean(true);
        Map<String, Stats.Samples> window;
        long nodeCpu;
        long databaseCpu;
        double seconds;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var client : clients) {
                threads.submit(() -> loop(client, words, running));
            }
            Thread.sleep(Duration.ofSeconds(warmupSeconds));
            stats.roll();
            long nodeBefore = LoadDriver.nodeCpuMillis(pids);
            long databaseBefore = LoadDriver.databaseCpuMillis();
            long started = System.nanoTime();
            Thread.sleep(Duration.ofSeconds(measureSeconds));
            window = stats.roll();
            seconds = (System.nanoTime() - started) / 1e9;
            nodeCpu = LoadDriver.nodeCpuMillis(pids) - nodeBefore;
            databaseCpu = LoadDriver.databaseCpuMillis() - databaseBefore;
            running.set(false);
        }
        long rss = residentBytes();
        long heap = NodeHeap.usedAfterFullCollection(pids);
        for (var client : clients) {
            try {
                client.logout();
            } catch (RuntimeException e) {
                // the session is gone already: nothing to end
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        var table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n### %d concurrent member%s%n%n", members, members == 1 ? "" : "s"));
        table.append("| requests | count | per second | p50 ms | p95 ms | p99 ms | errors |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var kind : List.of("board-newest", "board-top", "search", "idea", "vote", "attached")) {
            var samples = window.get(kind);
            if (samples != null) {
                table.append(row(label(kind), samples.sorted(), samples.errors(), seconds));
            }
        }
        table.append(row("**all requests**", Stats.roundTrips(window), Stats.errors(window), seconds));
        table.append(String.format(Locale.ROOT, "%nNode CPU %.0f %% and database CPU %.0f %% of the machine's %d cores; "
                        + "node heap %.0f MB in use after a full collection, %.0f MB resident; load average before: %s%n",
                nodeCpu / (seconds * 10 * cores), databaseCpu / (seconds * 10 * cores), cores, heap / 1048576.0,
                rss / 1048576.0, load));
        System.out.println(table);
        return table.toString();
    }

    /** One member's actions in turn, without pause: newest, a search, most voted, a vote. */
    private static void loop(VaadinClient client, List<String> words, AtomicBoolean running) {
        var random = ThreadLocalRandom.current();
        int turn = random.nextInt(4);
        while (running.get()) {
            try {
                switch (turn++ % 4) {
                    case 0 -> client.navigate("ideas", "sort=newest", "board-newest");
                    case 1 -> {
                        if (!"ideas".equals(client.route())) {
                            client.navigate("ideas", "sort=newest", "board-newest");
                        }
                        var word = words.get(random.nextInt(words.size()));
                        client.tree.byId("idea-search").ifPresent(field -> client.type(field.id, word, "search"));
                    }
                    case 2 -> client.navigate("ideas", "sort=top", "board-top");
                    default -> vote(client, random);
                }
            } catch (RuntimeException e) {
                // counted as an error where it happened; the member starts again from the board
                if (!running.get()) {
                    return;
                }
                try {
                    client.open("ideas");
                } catch (RuntimeException again) {
                    sleep();
                }
            }
        }
    }

    private static void vote(VaadinClient client, ThreadLocalRandom random) {
        if (!"ideas".equals(client.route())) {
            client.navigate("ideas", "sort=top", "board-top");
        }
        var links = new ArrayList<String>();
        for (var node : client.tree.all(n -> n.properties.containsKey("innerHTML"))) {
            var href = CARD_LINK.matcher(node.properties.get("innerHTML"));
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        if (links.isEmpty()) {
            return;
        }
        client.navigate(links.get(random.nextInt(links.size())), "idea");
        client.tree.byId("vote-button").ifPresent(button -> client.click(button.id, "vote"));
    }

    private static String row(String label, long[] sorted, int errors, double seconds) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", label, sorted.length,
                sorted.length / seconds, Stats.percentileMillis(sorted, 0.50), Stats.percentileMillis(sorted, 0.95),
                Stats.percentileMillis(sorted, 0.99), errors);
    }

    private static String label(String kind) {
        return switch (kind) {
            case "board-newest" -> "board, newest first";
            case "board-top" -> "board, most voted first";
            case "search" -> "search";
            case "idea" -> "idea page (before a vote)";
            case "vote" -> "vote";
            default -> "new view's follow-up";
        };
    }

    private long residentBytes() throws IOException {
        long total = 0;
        for (long pid : pids) {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    total += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        }
        return total;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (var statement = db.createStatement(); var rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
