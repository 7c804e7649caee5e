package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneyService;
import app.rada.people.PeopleService;
import app.rada.shared.search.WordForms;
import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.support.KaribuTest;
import app.rada.support.PostgresTestDatabase;
import app.rada.support.TestProfiles;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an existing PostgreSQL database, already migrated and holding the demo programme, with a programme of
 * full size before the portal's nodes start on it: 10,000 members in 200 organisations, 100,000 ideas with
 * 1,000,000 votes, two published journey maps with 50,000 annotations between them, 20 design sessions, 40
 * closed ballots and 100,000 reward-ledger entries, with every counter, balance and id sequence as the
 * application keeps them. Seeds once: when the benchmark members are there already it only checks the counts.
 * Run with
 * {@code ./mvnw -B -ntp -Pbenchmark,postgres test -Dtest=FullProgrammeSeed -Drada.test.postgres.database=rada_cluster
 * -Dsurefire.failIfNoSpecifiedTests=false}; an empty database named there is migrated and given the demo
 * programme first.
 */
@Tag("benchmark")
class FullProgrammeSeed extends KaribuTest {

    static final int MEMBERS = 10_000;
    static final int IDEAS = 100_000;
    static final int VOTES = 1_000_000;
    static final int MAPS = 2;
    static final int ANNOTATIONS = 50_000;
    static final int PAST_SESSIONS = 12;
    static final int UPCOMING_SESSIONS = 8;
    static final int LEDGER = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JourneyService journeys;

    @Autowired
    PeopleService people;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    SessionRegistrationService registration;

    @Autowired
    SessionAttendanceService attendance;

    @Autowired
    SessionFollowUpService followUp;

    @Test
    void seeds_a_full_size_programme_into_an_existing_database() throws IOException {
        // a seeding run asked for where it cannot seed fails with the reason, rather than passing without seeding
        assertThat(TestProfiles.onPostgres()).as("The full programme is seeded on PostgreSQL only (-Ppostgres)").isTrue();
        assertThat(System.getProperty(PostgresTestDatabase.EXISTING_DATABASE, "")).as(
                "Name the database to fill with -D" + PostgresTestDatabase.EXISTING_DATABASE + "=...").isNotBlank();
        var database = jdbc.queryForObject("select current_database()", String.class);
        if (count("select count(*) from person where email = 'member0@benchmark.example'") > 0) {
            System.out.println("Database " + database + " already seeded; checking the counts");
            checkCounts();
            System.out.println(counts(database, "already seeded", Duration.ZERO));
            return;
        }

        long started = System.nanoTime();
        var staff = people.findLoginAccount("staff@rada.demo").orElseThrow(() -> new IllegalStateException(
                "The demo programme (staff@rada.demo) is missing from " + database)).asUser();
        var random = new Random(20261203L);
        var seeded = new IdeasSeed(jdbc).seed(MEMBERS, IDEAS, VOTES);
        var programme = new ProgrammeSeed(jdbc, journeys, staff, random, ANNOTATIONS, MAPS, LEDGER);
        var members = programme.seed(seeded);
        programme.seedSearchTerms();
        new SessionsSeed(scheduling, registration, attendance, followUp, jdbc, staff, random)
                .seed(members, PAST_SESSIONS, UPCOMING_SESSIONS);
        programme.checkSeed();
        // every term above was made by today's word analysis: recorded as such, or the node would make all
        // of them again at its start, in the middle of the load it is measured under
        jdbc.update("update search_index set analysis_version = ?, updated_at = current_timestamp", WordForms.VERSION);
        checkCounts();
        // as autovacuum leaves a database that has run for a while: statistics, and visibility maps that let
        // the index-only scans of counts and searches skip the tables (a seeded table has none yet)
        jdbc.execute("VACUUM (ANALYZE)");
        System.out.println(counts(database, "seeded", Duration.ofNanos(System.nanoTime() - started)));
    }

    /** The targets reached, the seeded counters in step, and no table's ids left where the app would collide. */
    private void checkCounts() {
        assertThat(count("select count(*) from person where email like 'member%@benchmark.example'"))
                .as("benchmark members").isGreaterThanOrEqualTo(MEMBERS);
        assertThat(count("select count(*) from organisation where name like 'Benchmark organisation %'"))
                .as("benchmark organisations").isGreaterThanOrEqualTo(200);
        assertThat(count("select count(*) from idea")).as("ideas").isGreaterThanOrEqualTo(IDEAS);
        assertThat(count("select count(*) from idea_vote")).as("votes").isGreaterThanOrEqualTo(VOTES);
        assertThat(count("select count(*) from journey_map where title like '" + ProgrammeSeed.MAP_TITLE
                + "%' and status = 'PUBLISHED'")).as("published benchmark maps").isEqualTo(MAPS);
        assertThat(count("select count(*) from journey_annotation")).as("annotations")
                .isGreaterThanOrEqualTo(ANNOTATIONS);
        assertThat(count("select count(*) from design_session where title like '" + SessionsSeed.TITLE + "%'"))
                .as("seeded design sessions").isGreaterThanOrEqualTo(PAST_SESSIONS + UPCOMING_SESSIONS);
        assertThat(count("select count(*) from ballot where title like '" + ProgrammeSeed.BALLOT_TITLE
                + "%' and status = 'CLOSED'")).as("closed benchmark ballots").isEqualTo(ProgrammeSeed.BALLOTS);
        assertThat(count("select count(*) from reward_entry")).as("ledger entries").isGreaterThanOrEqualTo(LEDGER);
        assertThat(count("""
                select count(*) from idea i where i.vote_count <> (select count(*) from idea_vote v where v.idea_id = i.id)
                or i.weighted_votes <> (select coalesce(sum(v.weight), 0) from idea_vote v where v.idea_id = i.id)"""))
                .as("idea vote counters add up to the votes").isZero();
        assertThat(count("select count(*) from reward_balance b where b.lifetime <> (select "
                + "coalesce(sum(e.lifetime_points), 0) from reward_entry e where e.person_id = b.person_id) "
                + "or b.spendable <> (select coalesce(sum(e.spendable_points), 0) from reward_entry e "
                + "where e.person_id = b.person_id)")).as("balances add up to the ledger").isZero();
        assertThat(count("select count(*) from design_session s where s.registered_count <> (select count(*) "
                + "from design_session_registration r where r.session_id = s.id and r.state = 'REGISTERED')"))
                .as("seats taken add up to the registrations").isZero();
        assertThat(count("select count(*) from search_index where analysis_version <> " + WordForms.VERSION))
                .as("search indexes of an earlier word analysis, which a node would rebuild under load").isZero();
        IdColumns.check(jdbc);
    }

    private String counts(String database, String what, Duration took) {
        return String.format(Locale.ROOT, "Full programme %s in %s: %,d benchmark members, %,d organisations, %,d ideas, "
                        + "%,d votes, %,d published maps, %,d annotations, %,d design sessions, %,d closed ballots, "
                        + "%,d ledger entries in %.1f s", what, database,
                count("select count(*) from person where email like 'member%@benchmark.example'"),
                count("select count(*) from organisation"), count("select count(*) from idea"),
                count("select count(*) from idea_vote"),
                count("select count(*) from journey_map where status = 'PUBLISHED'"),
                count("select count(*) from journey_annotation"), count("select count(*) from design_session"),
                count("select count(*) from ballot where status = 'CLOSED'"),
                count("select count(*) from reward_entry"), took.toMillis() / 1000.0);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
