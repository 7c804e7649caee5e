package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotFiguresService;
import app.rada.dashboard.DashboardService;
import app.rada.dashboard.internal.ActivityStore;
import app.rada.ideas.IdeaFiguresService;
import app.rada.journeys.JourneyFiguresService;
import app.rada.journeys.JourneyService;
import app.rada.people.PeopleService;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.RewardService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.TestProfiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figure of docs/benchmarks.md: with 100,000 ideas, 1,000,000 votes, 50,000 annotations and
 * 100,000 ledger entries, every figure of the staff dashboard (and an organisation's page) in at most 500 ms
 * of server time. Seeds ideas and votes with {@link IdeasSeed}, then with {@link ProgrammeSeed} annotations on a
 * published map, the ledger with balances and redemptions, closed ballots with their voters, "Did this solve it?"
 * answers and the dashboard's monthly activity (as its listeners would have left it). Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=DashboardBenchmark} (H2) or {@code -Pbenchmark,postgres}; smaller
 * sets with {@code -Drada.benchmark.ideas=... -Drada.benchmark.votes=...} and so on. Prints a table and writes
 * it to {@code target/benchmark-dashboard-<database>.md}; fails only when the seeded data is inconsistent.
 */
@Tag("benchmark")
class DashboardBenchmark extends KaribuTest {

    static final int MEMBERS = Integer.getInteger("rada.benchmark.members", 10_000);
    static final int IDEAS = Integer.getInteger("rada.benchmark.ideas", 100_000);
    static final int VOTES = Integer.getInteger("rada.benchmark.votes", 1_000_000);
    static final int ANNOTATIONS = Integer.getInteger("rada.benchmark.annotations", 50_000);
    static final int LEDGER = Integer.getInteger("rada.benchmark.ledger", 100_000);
    static final int RUNS = Integer.getInteger("rada.benchmark.runs", 30);
    static final int WARM_UP = 5;
    static final double TARGET_MS = 500;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JourneyService journeys;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdeaFiguresService ideaFigures;

    @Autowired
    BallotFiguresService ballotFigures;

    @Autowired
    JourneyFiguresService journeyFigures;

    @Autowired
    RewardService rewards;

    @Autowired
    ActivityStore activity;

    private final ZoneId zone = ZoneId.of("Europe/Warsaw");

    private final Random random = new Random(20261124L);
    private final List<String> lines = new ArrayList<>();

    @Test
    void prints_how_long_the_dashboard_takes_with_a_large_programme() throws IOException {
        long started = System.nanoTime();
        var seeded = new IdeasSeed(jdbc).seed(MEMBERS, IDEAS, VOTES);
        var programme = new ProgrammeSeed(jdbc, journeys, staff(), random, ANNOTATIONS, 1, LEDGER);
        programme.seed(seeded);
        jdbc.execute("ANALYZE");
        var seedTime = Duration.ofNanos(System.nanoTime() - started);
        programme.checkSeed();

        var database = TestProfiles.onPostgres() ? "PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                : "H2 " + jdbc.queryForObject("select h2version()", String.class) + " (in memory)";
        line("# Dashboard benchmark on " + database);
        line("");
        line(String.format(Locale.ROOT, "Seeded %,d members, %,d ideas, %,d votes, %,d annotations, %,d ledger entries, "
                        + "%,d ballot voters, %,d activity rows in %.1f s", MEMBERS, count("idea"), count("idea_vote"),
                count("journey_annotation"), count("reward_entry"), count("ballot_voter"), count("dashboard_active"),
                seedTime.toMillis() / 1000.0));
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + LocalDate.now()
                + ", load average before measuring: " + loadAverage());
        line("");
        line("| what | runs | p50 ms | p95 ms | max ms | target | met |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");

        var staff = staff();
        var today = LocalDate.now();
        var lastYear = today.minusMonths(12).plusDays(1);
        var all = LocalDate.of(2025, 1, 1);
        long busiest = jdbc.queryForObject("select organisation_id from person where email like 'member%@benchmark.example' "
                + "group by organisation_id order by count(*) desc, organisation_id limit 1", Long.class);

        row("dashboard, last 12 months (the default)", measure(i -> SystemActor.callAs(staff,
                () -> dashboard.figures(lastYear.plusDays(i), today))));
        row("dashboard, whole programme (23 months)", measure(i -> SystemActor.callAs(staff,
                () -> dashboard.figures(all.plusDays(i), today))));
        row("dashboard, one month", measure(i -> SystemActor.callAs(staff,
                () -> dashboard.figures(today.minusMonths(1).plusDays(i % 20), today))));
        row("organisation page, last 12 months", measure(i -> SystemActor.callAs(staff,
                () -> dashboard.organisation(busiest, lastYear.plusDays(i), today))));
        var csvTimes = measure(i -> SystemActor.callAs(staff, () -> {
            var out = new StringWriter();
            dashboard.exportCsv(lastYear.plusDays(i), today, Locale.ENGLISH, out);
            return out.toString().length();
        }));
        row("CSV export of the dashboard, last 12 months", csvTimes);

        // where the time goes: each module's part of the default span on its own
        var bounds = Stream.concat(Stream.of(lastYear.atStartOfDay(zone)),
                Stream.iterate(lastYear.withDayOfMonth(1).plusMonths(1), m -> !m.isAfter(today),
                        m -> m.plusMonths(1)).map(m -> m.atStartOfDay(zone)))
                .map(ZonedDateTime::toInstant).collect(Collectors.toCollection(ArrayList::new));
        bounds.add(today.plusDays(1).atStartOfDay(zone).toInstant());
        var from = bounds.getFirst();
        var to = bounds.getLast();
        line("");
        line("Parts of the default span, each on its own:");
        line("");
        line("| part | runs | p50 ms | p95 ms | max ms | target | met |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        row("ideas: funnel, answers, medians, pulse", measure(i -> SystemActor.callAs(staff,
                () -> ideaFigures.figures(from.plusSeconds(i), to, Instant.now()))));
        row("ideas: monthly trend", measure(i -> SystemActor.callAs(staff, () -> ideaFigures.trend(shifted(bounds, i)))));
        row("ballots: turnout", measure(i -> SystemActor.callAs(staff, () -> ballotFigures.turnout(from.plusSeconds(i),
                to))));
        row("journeys: lowest NEV and hotspots", measure(i -> SystemActor.callAs(staff,
                () -> journeyFigures.health(from.plusSeconds(i), to, 5))));
        row("rewards: points and redemptions", measure(i -> SystemActor.callAs(staff,
                () -> rewards.figures(from.plusSeconds(i), to, shifted(bounds, i)))));
        row("dashboard: active members by segment", measure(i -> SystemActor.callAs(staff,
                () -> activity.bySegment(lastYear.minusMonths(i % 12).withDayOfMonth(1), today.withDayOfMonth(1)))));
        row("people: segments", measure(i -> SystemActor.callAs(staff, () -> people.segments())));
        var orgMembers = SystemActor.callAs(staff, () -> people.memberIdsOf(busiest));
        row("organisation: its people's ideas, votes, comments", measure(i -> SystemActor.callAs(staff,
                () -> ideaFigures.contributions(orgMembers, from.plusSeconds(i), to, 10))));
        row("organisation: its people's ballot votes", measure(i -> SystemActor.callAs(staff,
                () -> ballotFigures.votesBy(orgMembers, from.plusSeconds(i), to))));
        row("organisation: NEV by month", measure(i -> SystemActor.callAs(staff,
                () -> journeyFigures.emotions(busiest, shifted(bounds, i)))));
        row("organisation: top earners", measure(i -> SystemActor.callAs(staff,
                () -> rewards.leaderboard(LeaderboardPeriod.ALL_TIME, busiest, 0, 5 + i % 2))));

        var f = SystemActor.callAs(staff, () -> dashboard.figures(lastYear, today));
        assertThat(f.ideas().submitted()).isPositive();
        assertThat(f.active()).isNotEmpty();
        assertThat(f.health().lowestNev()).isNotEmpty();
        assertThat(f.points().earned()).isPositive();
        line("");
        line("Load average after the timings: " + loadAverage());
        System.out.println();
        lines.forEach(System.out::println);
        var file = Path.of("target", "benchmark-dashboard-" + (TestProfiles.onPostgres() ? "postgres" : "h2") + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    // --- measuring

    private static List<Instant> shifted(List<Instant> bounds, int seconds) {
        var result = new ArrayList<>(bounds);
        result.set(0, result.getFirst().plusSeconds(seconds));
        return result;
    }


    /**
     * Times the call; run {@code i} shifts the span's start by {@code i} days (or seconds), so that no run
     * repeats an earlier one's query with the same parameters (H2 would hand back its last result).
     */
    private static double[] measure(IntFunction<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.apply(RUNS + i);
        }
        var millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private void row(String what, double[] millis) {
        var sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = percentile(sorted, 95);
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %s |", what, sorted.length,
                percentile(sorted, 50), p95, sorted[sorted.length - 1], TARGET_MS, p95 <= TARGET_MS ? "yes" : "NO"));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void line(String text) {
        lines.add(text);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private RadaUser staff() {
        return people.findLoginAccount("staff@rada.demo").orElseThrow().asUser();
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
