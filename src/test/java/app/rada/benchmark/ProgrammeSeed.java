package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.shared.search.WordForms;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rest of a large programme, after the members, ideas and votes of {@link IdeasSeed}: the seconds to an
 * idea's first answer and to done, "Did this solve it?" answers, published journey maps with annotations, the
 * reward ledger with its balances and redemptions, closed ballots with their voters and the dashboard's
 * monthly activity, all as the application would have left them. Maps are made through
 * {@link JourneyService} as staff; the rest through JDBC.
 */
final class ProgrammeSeed {

    /** A seeded member and the organisation they belong to. */
    record Member(long id, long organisationId) {
    }

    static final String ANNOTATION_TEXT = "Seeded annotation";
    static final String MAP_TITLE = "Benchmark journey";
    static final String BALLOT_TITLE = "Benchmark ballot ";
    static final int BALLOTS = 40;

    private final JdbcTemplate jdbc;
    private final JourneyService journeys;
    private final RadaUser staff;
    private final Random random;
    private final int annotations;
    private final int maps;
    private final int ledger;

    /**
     * @param annotations how many annotations in all, shared evenly between the maps
     * @param maps how many published maps the annotations go onto
     * @param ledger how many ledger entries members earned (redemptions come on top)
     */
    ProgrammeSeed(JdbcTemplate jdbc, JourneyService journeys, RadaUser staff, Random random, int annotations,
                  int maps, int ledger) {
        if (maps < 1) {
            throw new IllegalArgumentException("At least one map");
        }
        this.jdbc = jdbc;
        this.journeys = journeys;
        this.staff = staff;
        this.random = random;
        this.annotations = annotations;
        this.maps = maps;
        this.ledger = ledger;
    }

    /** Everything in the order the benchmark has always seeded it; returns the seeded members. */
    List<Member> seed(IdeasSeed.Seeded seeded) throws IOException {
        seedIdeaSeconds();
        var members = members(seeded);
        seedPulses();
        seedAnnotations(members);
        seedLedger(members);
        seedBallots(members);
        seedActivity();
        return members;
    }

    List<Member> members(IdeasSeed.Seeded seeded) {
        var organisations = new HashMap<Long, Long>();
        jdbc.query("select id, organisation_id from person where email like 'member%@benchmark.example'", rs -> {
            organisations.put(rs.getLong(1), rs.getLong(2));
        });
        return Arrays.stream(seeded.memberIds()).mapToObj(id -> new Member(id, organisations.get(id))).toList();
    }

    /** Half of the done ideas got one to three "Did this solve it?" answers, mostly yes. */
    void seedPulses() {
        var done = jdbc.query("select id, author_id, done_at from idea where status = 'DONE' and done_at is not null",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()});
        // the demo's own answers stay; nobody answers twice
        var answered = new HashSet<String>(jdbc.queryForList("select idea_id || ':' || person_id from idea_pulse",
                String.class));
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
                        if (!answered.add(d[0] + ":" + ((Long) d[1] + a))) {
                            continue;
                        }
                        rows.add(d[0], (Long) d[1] + a, roll < 6 ? "YES" : roll < 8 ? "PARTLY" : "NO",
                                at(((Instant) d[2]).plus(Duration.ofDays(3))));
                    }
                }
            }
        });
    }

    /**
     * Published maps of 12 stages and 60 touchpoints each, annotated over the programme's months: the
     * annotations are shared evenly between the maps (the first ones take what does not divide).
     */
    void seedAnnotations(List<Member> members) {
        var touchpointsOfMaps = new ArrayList<List<Long>>();
        for (int m = 0; m < maps; m++) {
            var title = m == 0 ? MAP_TITLE : MAP_TITLE + " " + (m + 1);
            touchpointsOfMaps.add(publishedMap(title));
        }
        var segments = segmentsOfOrganisations();
        long span = Duration.between(IdeasSeed.FIRST_IDEA, IdeasSeed.NOW).toSeconds();
        for (int m = 0; m < maps; m++) {
            var touchpoints = touchpointsOfMaps.get(m);
            long mapId = jdbc.queryForObject("select map_id from journey_touchpoint where id = ?", Long.class,
                    touchpoints.getFirst());
            int count = annotations / maps + (m < annotations % maps ? 1 : 0);
            inConnection(connection -> {
                try (var rows = new IdeasSeed.MultiRowInsert(connection, "journey_annotation", """
                        map_id, touchpoint_id, author_id, organisation_id, segment_id, kind, emotion, valence, intensity,
                        importance, text, show_name, created_at, version""", 250)) {
                    for (int a = 0; a < count; a++) {
                        var member = members.get(random.nextInt(members.size()));
                        int touchpoint = random.nextInt(touchpoints.size());
                        // some touchpoints hurt more than others
                        boolean negative = random.nextInt(100) < 20 + touchpoint % 7 * 10;
                        rows.add(mapId, touchpoints.get(touchpoint), member.id(), member.organisationId(),
                                segments.get(member.organisationId()), negative ? "PAIN_POINT" : "LOVE_POINT",
                                negative ? "FRUSTRATED" : "DELIGHTED", negative ? -1 : 1, 1 + random.nextInt(5),
                                1 + random.nextInt(5), ANNOTATION_TEXT, true,
                                at(IdeasSeed.FIRST_IDEA.plusSeconds((long) (random.nextDouble() * span))), 0);
                    }
                }
            });
        }
    }

    /** A map made, its stages and touchpoints added and published by staff; its touchpoints' ids. */
    private List<Long> publishedMap(String title) {
        return SystemActor.callAs(staff, () -> {
            long mapId = journeys.create(new MapDraft(title, "Seeded", "Every customer"));
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
    }

    /** The ledger's rows over the programme's months, with the balance counters they add up to and redemptions. */
    void seedLedger(List<Member> members) {
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
                for (int e = 0; e < ledger; e++) {
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
    void seedBallots(List<Member> members) {
        for (int b = 0; b < BALLOTS; b++) {
            var closed = IdeasSeed.NOW.minus(Duration.ofDays(5 + 17L * b));
            jdbc.update("""
                    insert into ballot (title, question, explanation, type, opens_at, closes_at, quorum_percent,
                                        pass_percent, secret, results_visibility, status, created_by, created_at,
                                        opened_at, closed_at, outcome)
                    values (?, 'Agree?', '', 'APPROVE_REJECT', ?, ?, 0, 50, false, 'AFTER_CLOSE', 'CLOSED', 1, ?, ?, ?,
                            'PASSED')""", BALLOT_TITLE + b, at(closed.minus(Duration.ofDays(7))), at(closed),
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
    void seedIdeaSeconds() throws IOException {
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
    void seedActivity() throws IOException {
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

    /**
     * The search terms of the seeded annotations and ballots, as the application writes them when they are
     * made (of an annotation its text; of a ballot its title, question and explanation), so the portal's
     * search finds them without waiting for a rebuild.
     */
    void seedSearchTerms() {
        var forms = new WordForms();
        for (var term : forms.terms(ANNOTATION_TEXT)) {
            jdbc.update("insert into journey_annotation_term (term, annotation_id) select ?, a.id from journey_annotation a "
                    + "where a.text = ? and not exists (select 1 from journey_annotation_term t where t.term = ? "
                    + "and t.annotation_id = a.id)", term, ANNOTATION_TEXT, term);
        }
        jdbc.query("select id, title, question, explanation from ballot where title like ?", rs -> {
            long id = rs.getLong(1);
            var text = (rs.getString(3) + " " + rs.getString(4)).strip();
            for (var term : forms.terms(rs.getString(2), text, "")) {
                jdbc.update("insert into ballot_term (term, ballot_id) select ?, ? where not exists (select 1 from "
                        + "ballot_term where term = ? and ballot_id = ?)", term, id, term, id);
            }
        }, BALLOT_TITLE + "%");
    }

    /** The seeded counts reached and every balance adding up to its ledger. */
    void checkSeed() {
        assertThat(count("journey_annotation")).isGreaterThanOrEqualTo(annotations);
        assertThat(count("reward_entry")).isGreaterThanOrEqualTo(ledger);
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

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void inConnection(IdeasSeed.SqlWork work) {
        IdeasSeed.inConnection(jdbc, work);
    }
}
