package app.rada.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Drives a running portal (one node or a balancer in front of several) with simulated members who speak
 * Vaadin's protocol, in steps of more and more concurrent members, and reports for each step the round
 * trip times, errors, CPU per action and heap per session of the nodes. Afterwards it checks in the
 * database that every vote, comment and annotation a member saw confirmed was saved.
 *
 * <p>Arguments are {@code key=value}; see {@code docs/benchmarks.md} ("Load") for the commands.
 */
public final class LoadDriver {

    private static final String PASSWORD = LoadMembers.PASSWORD;

    public static void main(String[] args) throws Exception {
        new LoadDriver(options(args)).run();
    }

    /** The runs' arguments, each {@code key=value}. */
    static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value, not: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private final String base;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final List<Integer> steps = new ArrayList<>();
    private final int rampSeconds;
    private final int holdSeconds;
    private final int thinkMin;
    private final int thinkMax;
    private final List<Long> pids = new ArrayList<>();
    private final String faultCommand;
    private final int faultAtSeconds;
    private final boolean fullVocabulary;
    private final int staffMembers;
    private final @Nullable String only;
    /** A run of a staff page alone: every member is staff. */
    private final boolean allStaff;
    private volatile boolean running = true;

    private LoadDriver(Map<String, String> options) {
        base = options.getOrDefault("base", "http://localhost:8081/");
        dbUrl = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/rada_cluster");
        dbUser = options.getOrDefault("dbUser", "postgres");
        dbPassword = options.getOrDefault("dbPassword", "");
        for (var step : options.getOrDefault("steps", "100,200").split(",")) {
            steps.add(Integer.parseInt(step.strip()));
        }
        rampSeconds = Integer.parseInt(options.getOrDefault("ramp", "60"));
        holdSeconds = Integer.parseInt(options.getOrDefault("hold", "120"));
        var think = options.getOrDefault("think", "5000-15000").split("-");
        thinkMin = Integer.parseInt(think[0]);
        thinkMax = Integer.parseInt(think[1]);
        for (var pid : options.getOrDefault("pids", "").split(",")) {
            if (!pid.isBlank()) {
                pids.add(Long.parseLong(pid.strip()));
            }
        }
        // killNode=N: scripts/cluster.sh kills node N (as a crash would) faultAt seconds into the last step
        faultCommand = options.containsKey("killNode") ? "scripts/cluster.sh kill " + Integer.parseInt(options.get("killNode")) : null;
        faultAtSeconds = Integer.parseInt(options.getOrDefault("faultAt", "60"));
        // searches=full: members search for every word the ideas use, not only the demo's few subjects
        fullVocabulary = "full".equals(options.getOrDefault("searches", "demo"));
        // staff=N: N of the members (at the largest step) are staff who also work through the triage page
        staffMembers = Integer.parseInt(options.getOrDefault("staff", "0"));
        // only=KIND: every member repeats one kind of action (MemberScenario.ONLY), for its cost on its own;
        // the staff kinds make every member staff
        only = options.get("only");
        allStaff = only != null && only.startsWith("triage");
    }

    private void run() throws Exception {
        int members = steps.stream().mapToInt(Integer::intValue).max().orElseThrow();
        seedMembers(members);
        var searches = fullVocabulary ? vocabulary() : MemberScenario.DEMO_SEARCHES;
        int staffEvery = staffMembers == 0 ? 0 : Math.max(1, members / staffMembers);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        var stats = new Stats();
        var ledger = new MemberScenario.Ledger();
        var started = new ArrayList<MemberScenario>();
        var report = new StringBuilder();
        System.out.printf(Locale.ROOT, "LOAD: %s, think %d-%d ms, steps %s, ramp %d s, hold %d s, %d search words, "
                + "a staff member in every %d, %s%n", base, thinkMin, thinkMax, steps, rampSeconds, holdSeconds,
                searches.size(), staffEvery, Instant.now());
        report.append("| members | round trips/s | p50 ms | p95 ms | p99 ms | p95 ms of actions | errors | CPU ms per action | "
                + "CPU ms per round trip | node CPU | heap MB after GC |\n");
        report.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        long baseline = heapUsedBytes();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int step : steps) {
                int adding = step - started.size();
                long rampStart = System.nanoTime();
                for (int i = 0; i < adding; i++) {
                    int number = started.size() + 1;
                    boolean staff = staffEvery > 0 && number % staffEvery == 0;
                    var email = staff ? LoadMembers.staffEmail(number / staffEvery) : email(number);
                    if (allStaff) {
                        staff = true;
                        email = LoadMembers.staffEmail(number);
                    }
                    var member = new MemberScenario(http, base, stats, email, PASSWORD, thinkMin,
                            thinkMax, ledger, () -> running, searches, staff, only);
                    started.add(member);
                    threads.submit(member);
                    long due = rampStart + (long) (rampSeconds * 1e9 * (i + 1) / adding);
                    sleepUntil(due);
                }
                sleepUntil(rampStart + rampSeconds * 1_000_000_000L + 5_000_000_000L);
                stats.roll();
                long cpuBefore = cpuMillis();
                long databaseBefore = databaseCpuMillis();
                long driverBefore = driverCpuMillis();
                long actionsBefore = ledger.actions.get();
                long holdStart = System.nanoTime();
                boolean faulted = false;
                while (System.nanoTime() - holdStart < holdSeconds * 1_000_000_000L) {
                    if (faultCommand != null && !faulted && step == steps.getLast()
                            && System.nanoTime() - holdStart > faultAtSeconds * 1_000_000_000L) {
                        faulted = true;
                        System.out.println("LOAD FAULT: " + faultCommand + " at " + Instant.now());
                        new ProcessBuilder(faultCommand.split(" ")).inheritIO().start().waitFor();
                    }
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - holdStart) / 1e9;
                var window = stats.roll();
                long cpu = cpuMillis() - cpuBefore;
                long databaseCpu = databaseCpuMillis() - databaseBefore;
                long driverCpu = driverCpuMillis() - driverBefore;
                long actions = ledger.actions.get() - actionsBefore;
                var trips = Stats.roundTrips(window);
                long loggedIn = started.stream().filter(MemberScenario::loggedIn).count();
                long heap = heapUsedBytes();
                var line = String.format(Locale.ROOT, "| %d (%d logged in) | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %.1f | %.2f | %.0f %% | %.0f |",
                        step, loggedIn, trips.length / seconds, Stats.percentileMillis(trips, 0.50),
                        Stats.percentileMillis(trips, 0.95), Stats.percentileMillis(trips, 0.99),
                        Stats.percentileMillis(Stats.actionRoundTrips(window), 0.95), Stats.errors(window),
                        actions == 0 ? Double.NaN : (double) cpu / actions,
                        trips.length == 0 ? Double.NaN : (double) cpu / trips.length,
                        pids.isEmpty() ? Double.NaN : cpu / (seconds * 10 * Runtime.getRuntime().availableProcessors()),
                        heap / 1048576.0);
                report.append(line).append('\n');
                System.out.printf(Locale.ROOT, "LOAD CPU of the machine's %d cores: nodes %.0f %%, database %.0f %%, "
                        + "load driver %.0f %%%n", Runtime.getRuntime().availableProcessors(),
                        cpu / (seconds * 10 * Runtime.getRuntime().availableProcessors()),
                        databaseCpu / (seconds * 10 * Runtime.getRuntime().availableProcessors()),
                        driverCpu / (seconds * 10 * Runtime.getRuntime().availableProcessors()));
                System.out.println("LOAD STEP " + line);
                for (var kind : window.entrySet()) {
                    var sorted = kind.getValue().sorted();
                    System.out.printf(Locale.ROOT, "LOAD   %-14s n=%6d p50 %6.1f p95 %6.1f p99 %6.1f errors %d%n",
                            kind.getKey(), sorted.length, Stats.percentileMillis(sorted, 0.5),
                            Stats.percentileMillis(sorted, 0.95), Stats.percentileMillis(sorted, 0.99),
                            kind.getValue().errors());
                }
            }
            running = false;
        }
        // every member back on the idea board: the heap per logged-in session there
        long parked;
        // a few at a time, as members come back one after another, not in one burst
        try (var threads = Executors.newFixedThreadPool(8)) {
            var results = started.stream().map(m -> threads.submit(m::park)).toList();
            parked = 0;
            for (var result : results) {
                parked += result.get() ? 1 : 0;
            }
        }
        long boardHeap = heapUsedBytes();
        histogram("board-all");
        // then half of them log out: what their sessions held on the board is what the heap gives back
        var leaving = started.subList(0, started.size() / 2);
        long loggedOut;
        // a few at a time, as members come back one after another, not in one burst
        try (var threads = Executors.newFixedThreadPool(8)) {
            var results = leaving.stream().map(m -> threads.submit(m::logout)).toList();
            loggedOut = 0;
            for (var result : results) {
                loggedOut += result.get() ? 1 : 0;
            }
        }
        long halfHeap = heapUsedBytes();
        histogram("board-half");
        if (boardHeap > 0 && parked > 0) {
            report.append(String.format(Locale.ROOT, "%nHeap per logged-in session on the idea board: %.0f MB after GC "
                    + "with %d members there, %.0f MB after %d of them logged out: %.0f KB per session "
                    + "(%.0f MB before the first login: at most %.0f KB per session with start-up caches)%n",
                    boardHeap / 1048576.0, parked, halfHeap / 1048576.0, loggedOut,
                    loggedOut == 0 ? Double.NaN : (boardHeap - halfHeap) / 1024.0 / loggedOut,
                    baseline / 1048576.0, (boardHeap - baseline) / 1024.0 / started.size()));
        }
        report.append(String.format(Locale.ROOT, "Driver CPU: %.0f s in all%n",
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1000.0));
        System.out.println("LOAD failures by node cookie: " + ledger.failuresByNode + ", actions by node cookie: "
                + ledger.actionsByNode + ", logins again after a failure: " + ledger.relogins);
        var missing = verify(ledger);
        report.append(String.format(Locale.ROOT,
                "%nConfirmed: %d votes, %d comments, %d annotations; missing in the database: %d%n",
                ledger.votes.size(), ledger.comments.size(), ledger.annotations.size(), missing));
        System.out.println("LOAD REPORT\n" + report);
        var out = System.getProperty("rada.load.report");
        if (out != null) {
            Files.writeString(Path.of(out), report.toString());
        }
        if (missing > 0) {
            System.exit(1);
        }
    }

    private static String email(int n) {
        return LoadMembers.email(n);
    }

    private void seedMembers(int count) throws SQLException {
        try (var db = connect()) {
            LoadMembers.seed(db, count);
            if (allStaff) {
                LoadMembers.seedStaff(db, count);
            } else if (staffMembers > 0) {
                LoadMembers.seedStaff(db, staffMembers);
            }
        }
    }

    /** The words of the ideas' titles, as members would type them: the whole vocabulary of a seeded programme. */
    private List<String> vocabulary() throws SQLException {
        try (var db = connect()) {
            return LoadMembers.vocabulary(db);
        }
    }

    /** How many confirmed actions the database does not have. */
    private long verify(MemberScenario.Ledger ledger) throws SQLException {
        long missing = 0;
        try (var db = connect();
                var vote = db.prepareStatement("select count(*) from idea_vote v join person p on p.id = v.person_id "
                        + "where p.email = ? and v.idea_id = ?");
                var comment = db.prepareStatement("select count(*) from idea_comment where body like ?");
                var annotation = db.prepareStatement("select count(*) from journey_annotation where text like ?")) {
            for (var key : ledger.votes.keySet()) {
                var parts = key.split(" ");
                vote.setString(1, parts[0]);
                vote.setLong(2, Long.parseLong(parts[1]));
                missing += missing(vote, "vote " + key);
            }
            for (var token : ledger.comments.keySet()) {
                comment.setString(1, "%" + token + "%");
                missing += missing(comment, "comment " + token);
            }
            for (var token : ledger.annotations.keySet()) {
                annotation.setString(1, "%" + token + "%");
                missing += missing(annotation, "annotation " + token);
            }
        }
        return missing;
    }

    private static int missing(PreparedStatement query, String what) throws SQLException {
        try (var rs = query.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
                System.out.println("LOAD MISSING " + what);
                return 1;
            }
            return 0;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** CPU time of the database server's processes (the local PostgreSQL), from the kernel's accounting. */
    static long databaseCpuMillis() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    var stat = Files.readString(dir.resolve("stat"));
                    var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("postgres")) {
                        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10;
    }

    private static long driverCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
    }

    /** CPU time of the measured nodes, from the kernel's accounting. */
    private long cpuMillis() throws IOException {
        return nodeCpuMillis(pids);
    }

    /** CPU time of the given processes, from the kernel's accounting. */
    static long nodeCpuMillis(List<Long> pids) throws IOException {
        long ticks = 0;
        for (long pid : pids) {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks * 10;
    }

    /** The nodes' heap in use after a full collection, or 0 when no node is measured. */
    private long heapUsedBytes() {
        return NodeHeap.usedAfterFullCollection(pids);
    }

    /** With {@code -Drada.load.histograms=DIR}: the measured nodes' class histograms, to see what a session holds. */
    private void histogram(String name) throws IOException, InterruptedException {
        var dir = System.getProperty("rada.load.histograms");
        if (dir != null) {
            for (long pid : pids) {
                Files.writeString(Path.of(dir, name + "-" + pid + ".txt"), NodeHeap.jcmd(pid, "GC.class_histogram"));
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
