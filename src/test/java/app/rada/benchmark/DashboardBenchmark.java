package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotFiguresService;
import app.rada.dashboard.DashboardService;
import app.rada.dashboard.internal.ActivityStore;
import app.rada.ideas.IdeaFiguresService;
import app.rada.journeys.JourneyFiguresService;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figure of docs/benchmarks.md: with 100,000 ideas, 1,000,000 votes, 50,000 annotations and
 * 100,000 ledger entries, every figure of the staff dashboard (and an organisation's page) in at most 500 ms
 * of server time. Seeds ideas and votes with {@link IdeasSeed}, then annotations on a published map, the
 * ledger with balances and redemptions, closed ballots with their voters, "Did this solve it?" answers and
 * the dashboard's monthly activity (as its listeners would have left it), all through JDBC. Run with
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
        seedIdeaSeconds();
        var members = members(seeded);
        seedPulses();
        seedAnnotations(members);
        seedLedger(members);
        seedBallots(members);
        seedActivity();
        jdbc.execute("ANALYZE");
        var seedTime = Duration.ofNanos(System.nanoTime() - started);
        checkSeed();

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

    // --- seeding

    private record Member(long id, long organisationId) {
    }

    private List<Member> members(IdeasSeed.Seeded seeded) {
        var organisations = new HashMap<Long, Long>();
        jdbc.query("select id, organisation_id from person where email like 'member%@benchmark.example'", rs -> {
            organisations.put(rs.getLong(1), rs.getLong(2));
        });
        return Arrays.stream(seeded.memberIds()).mapToObj(id -> new Member(id, organisations.get(id))).toList();
    }

    /** Half of the done ideas got one to three "Did this solve it?" answers, mostly yes. */
    private void seedPulses() {
        var done = jdbc.query("select id, author_id, done_at from idea where status = 'DONE' and done_at is not null",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()});
        inConnection(connection -> {
            try (var rows = new IdeasSeed.MultiRowInsert(connection, "idea_pulse",
                    "idea_id, person_id, answer, answered_at", 500)) {
                for (var d : done) {
                    if (random.nextBoolean()) {
                        continue;
                    }
                    int answers = 1 + random.nextInt(3);
                    for (int a = 0; a < answers; a++) {
                        int roll = random.nextInt(10);
                        rows.add(d[0], (Long) d[1] + a, roll < 6 ? "YES" : roll < 8 ? "PARTLY" : "NO",
                                at(((Instant) d[2]).plus(Duration.ofDays(3))));
                    }
                }
            }
        });
    }

    /** A published map of 12 stages and 60 touchpoints, annotated 50,000 times over the programme's months. */
    private void seedAnnotations(List<Member> members) {
        var staff = staff();
        var touchpoints = SystemActor.callAs(staff, () -> {
            long mapId = journeys.create(new MapDraft("Benchmark journey", "Seeded", "Every customer"));
            var ids = new ArrayList<Long>();
            for (int s = 0; s < 12; s++) {
                long stage = journeys.addStage(mapId, new StageDraft("Stage " + s, "Goal " + s));
                for (int t = 0; t < 5; t++) {
                    ids.add(journeys.addTouchpoint(stage, new TouchpointDraft("Touchpoint " + s + "." + t, "Seeded",
                            TouchpointChannel.WEB, "Front", "Back")));
                }
            }
            journeys.publish(mapId);
            return ids;
        });
        long mapId = jdbc.queryForObject("select map_id from journey_touchpoint where id = ?", Long.class,
                touchpoints.getFirst());
        var segments = segmentsOfOrganisations();
        long span = Duration.between(IdeasSeed.FIRST_IDEA, IdeasSeed.NOW).toSeconds();
        inConnection(connection -> {
            try (var rows = new IdeasSeed.MultiRowInsert(connection, "journey_annotation", """
                    map_id, touchpoint_id, author_id, organisation_id, segment_id, kind, emotion, valence, intensity,
                    importance, text, show_name, created_at, version""", 250)) {
                for (int a = 0; a < ANNOTATIONS; a++) {
                    var member = members.get(random.nextInt(members.size()));
                    int touchpoint = random.nextInt(touchpoints.size());
                    // some touchpoints hurt more than others
                    boolean negative = random.nextInt(100) < 20 + touchpoint % 7 * 10;
                    rows.add(mapId, touchpoints.get(touchpoint), member.id(), member.organisationId(),
                            segments.get(member.organisationId()), negative ? "PAIN_POINT" : "LOVE_POINT",
                            negative ? "FRUSTRATED" : "DELIGHTED", negative ? -1 : 1, 1 + random.nextInt(5),
                            1 + random.nextInt(5), "Seeded annotation", true,
                            at(IdeasSeed.FIRST_IDEA.plusSeconds((long) (random.nextDouble() * span))), 0);
                }
            }
        });
    }

    /** 100,000 ledger rows over the programme's months, with the balance counters they add up to and redemptions. */
    private void seedLedger(List<Member> members) {
        String[] kinds = {"IDEA_VOTED", "IDEA_VOTED", "IDEA_VOTED", "ANNOTATION_ADDED", "COMMENT_POSTED",
                "IDEA_SUBMITTED", "IDEA_PLANNED", "IDEA_DONE", "BALLOT_VOTED", "MANUAL"};
        int[] points = {1, 1, 1, 2, 1, 10, 20, 50, 5, 25};
        var lifetime = new HashMap<Long, Integer>();
        long span = Duration.between(IdeasSeed.FIRST_IDEA, IdeasSeed.NOW).toSeconds();
        jdbc.update("insert into reward_item (name_en, name_pl, description_en, description_pl, cost, stock, active, "
                + "created_at, updated_at) values ('Benchmark mug', 'Kubek', 'Seeded', 'Seeded', 20, 100000, true, ?, ?)",
                at(IdeasSeed.NOW), at(IdeasSeed.NOW));
        long item = jdbc.queryForObject("select max(id) from reward_item", Long.class);
        var spent = new HashMap<Long, Integer>();
        inConnection(connection -> {
            try (var entries = new IdeasSeed.MultiRowInsert(connection, "reward_entry", """
                    person_id, organisation_id, kind, source_id, lifetime_points, spendable_points, created_at""", 500)) {
                for (int e = 0; e < LEDGER; e++) {
                    var member = members.get(random.nextInt(members.size()));
                    int k = random.nextInt(kinds.length);
                    var when = IdeasSeed.FIRST_IDEA.plusSeconds((long) (random.nextDouble() * span));
                    entries.add(member.id(), member.organisationId(), kinds[k], kinds[k].equals("MANUAL") ? null
                            : (long) e, points[k], points[k], at(when));
                    lifetime.merge(member.id(), points[k], Integer::sum);
                }
            }
            try (var redemptions = new IdeasSeed.MultiRowInsert(connection, "reward_redemption",
                    "person_id, item_id, cost, status, requested_at", 500)) {
                long n = 0;
                for (var entry : lifetime.entrySet()) {
                    if (entry.getValue() >= 40 && n++ % 4 == 0) {
                        var when = IdeasSeed.NOW.minus(Duration.ofDays(random.nextInt(300)));
                        redemptions.add(entry.getKey(), item, 20, n % 3 == 0 ? "PENDING" : "FULFILLED", at(when));
                        spent.put(entry.getKey(), 20);
                    }
                }
            }
        });
        var organisations = new HashMap<Long, Long>();
        members.forEach(m -> organisations.put(m.id(), m.organisationId()));
        jdbc.query("select id, person_id, cost, requested_at from reward_redemption where item_id = ?", rs -> {
            jdbc.update("insert into reward_entry (person_id, organisation_id, kind, source_id, lifetime_points, "
                            + "spendable_points, created_at) values (?, ?, 'REDEEMED', ?, 0, ?, ?)", rs.getLong(2),
                    organisations.get(rs.getLong(2)), rs.getLong(1), -rs.getInt(3), rs.getTimestamp(4));
        }, item);
        inConnection(connection -> {
            try (var balances = new IdeasSeed.MultiRowInsert(connection, "reward_balance",
                    "person_id, organisation_id, lifetime, spendable, hidden, updated_at", 500)) {
                for (var entry : lifetime.entrySet()) {
                    balances.add(entry.getKey(), organisations.get(entry.getKey()), entry.getValue(),
                            entry.getValue() - spent.getOrDefault(entry.getKey(), 0), random.nextInt(50) == 0,
                            at(IdeasSeed.NOW));
                }
            }
        });
    }

    /** Forty closed ballots, one every two or three weeks, each with 500 board members of whom most voted. */
    private void seedBallots(List<Member> members) {
        for (int b = 0; b < 40; b++) {
            var closed = IdeasSeed.NOW.minus(Duration.ofDays(5 + 17L * b));
            jdbc.update("""
                    insert into ballot (title, question, explanation, type, opens_at, closes_at, quorum_percent,
                                        pass_percent, secret, results_visibility, status, created_by, created_at,
                                        opened_at, closed_at, outcome)
                    values (?, 'Agree?', '', 'APPROVE_REJECT', ?, ?, 0, 50, false, 'AFTER_CLOSE', 'CLOSED', 1, ?, ?, ?,
                            'PASSED')""", "Benchmark ballot " + b, at(closed.minus(Duration.ofDays(7))), at(closed),
                    at(closed.minus(Duration.ofDays(8))), at(closed.minus(Duration.ofDays(7))), at(closed));
            long ballot = jdbc.queryForObject("select max(id) from ballot", Long.class);
            int first = random.nextInt(members.size() - 500);
            inConnection(connection -> {
                try (var voters = new IdeasSeed.MultiRowInsert(connection, "ballot_voter",
                        "ballot_id, person_id, has_voted, voted_at", 500)) {
                    for (int v = 0; v < 500; v++) {
                        boolean voted = random.nextInt(100) < 70;
                        voters.add(ballot, members.get(first + v).id(), voted,
                                voted ? at(closed.minus(Duration.ofDays(1))) : null);
                    }
                }
            });
        }
    }

    /** The seconds to the first answer and to done, as the migration works them out for ideas made before it. */
    private void seedIdeaSeconds() throws IOException {
        var migration = Files.readString(Path.of("src/main/resources/db/migration/V015_2__dashboard_figures.sql"));
        var statements = migration.lines().filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n")).split(";");
        for (var statement : statements) {
            if (statement.strip().startsWith("UPDATE idea")) {
                jdbc.update(statement.strip());
            }
        }
    }

    /** Who was active in which month, exactly as the migration fills it for data that existed before it. */
    private void seedActivity() throws IOException {
        var migration = Files.readString(Path.of("src/main/resources/db/migration/V015_1__dashboard_activity.sql"));
        var fill = migration.substring(migration.indexOf("INSERT INTO dashboard_active"));
        // the demo's members were marked active by the listeners already; the backfill counts them again
        jdbc.update("delete from dashboard_active");
        var withoutComments = fill.lines().filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        for (var statement : withoutComments.split(";")) {
            var sql = statement.strip();
            if (sql.startsWith("CREATE TABLE")) {
                jdbc.update("delete from dashboard_active_count");
            } else if (!sql.isEmpty()) {
                jdbc.update(sql);
            }
        }
    }

    private void checkSeed() {
        assertThat(count("journey_annotation")).isGreaterThanOrEqualTo(ANNOTATIONS);
        assertThat(count("reward_entry")).isGreaterThanOrEqualTo(LEDGER);
        assertThat(jdbc.queryForObject("select count(*) from reward_balance b where b.lifetime <> (select "
                + "coalesce(sum(e.lifetime_points), 0) from reward_entry e where e.person_id = b.person_id)", Long.class))
                .as("lifetime counters add up to the ledger").isZero();
        assertThat(jdbc.queryForObject("select count(*) from reward_balance b where b.spendable <> (select "
                + "coalesce(sum(e.spendable_points), 0) from reward_entry e where e.person_id = b.person_id)", Long.class))
                .as("spendable counters add up to the ledger").isZero();
    }

    private Map<Long, Long> segmentsOfOrganisations() {
        var result = new HashMap<Long, Long>();
        jdbc.query("select id, segment_id from organisation", rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        });
        return result;
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

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void inConnection(SqlWork work) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
