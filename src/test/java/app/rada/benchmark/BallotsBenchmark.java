package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import app.rada.ballots.ResultsVisibility;
import app.rada.ballots.internal.Receipts;
import app.rada.ballots.internal.SecretBallotBox;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.TestProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closing a ballot with 1,000 eligible members who all voted: counting, storing the result with its
 * rounds, the audit entry and the event, timed as staff closing it. Seeds the members and their votes
 * through JDBC; the ballot itself is created and opened through the service.
 */
@Tag("benchmark")
class BallotsBenchmark extends KaribuTest {

    static final int MEMBERS = Integer.getInteger("rada.benchmark.board", 1000);
    static final int OPTIONS = 5;

    @Autowired
    BallotEditingService ballotEditing;

    @Autowired
    BallotLifecycleService ballotLifecycle;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecretBallotBox secretBox;

    private final Random random = new Random(11);

    @Test
    void closing_a_ballot_with_a_thousand_votes_takes_under_a_second() throws Exception {
        seedBoard();
        var staff = user("staff@rada.demo");
        var lines = new ArrayList<String>();
        lines.add("| ballot | eligible | votes | close (ms) |");
        lines.add("| --- | --- | --- | --- |");
        for (var type : BallotType.values()) {
            for (boolean secret : List.of(false, true)) {
                long id = SystemActor.callAs(staff, () -> open(type, secret));
                int eligible = castAll(id, type, secret);
                long started = System.nanoTime();
                SystemActor.callAs(staff, () -> {
                    ballotLifecycle.closeEarly(id, "Benchmark");
                    return null;
                });
                long millis = (System.nanoTime() - started) / 1_000_000;
                var outcome = jdbc.queryForObject("select outcome from ballot where id = ?", String.class, id);
                assertThat(Outcome.valueOf(outcome)).isNotNull();
                lines.add("| " + type.name().toLowerCase() + (secret ? ", secret" : ", named") + " | " + eligible
                        + " | " + eligible + " | " + millis + " |");
                assertThat(millis).as("closing %s secret=%s", type, secret).isLessThan(1000);
            }
        }
        // the notices to every member go out after commit, on other threads: wait for them, so the
        // database is not dropped under them, and report how long the fan-out took
        long waitStarted = System.nanoTime();
        for (int i = 0; i < 240 && pending() > 0; i++) {
            Thread.sleep(500);
        }
        lines.add("");
        lines.add("Notices (opened and closed, " + BallotType.values().length * 2 + " ballots) still being written "
                + "after the last close: " + (System.nanoTime() - waitStarted) / 1_000_000 + " ms, " + pending()
                + " left.");
        var table = String.join("\n", lines);
        System.out.println("\nBallots benchmark (" + (TestProfiles.onPostgres() ? "PostgreSQL" : "H2") + ")\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-ballots-" + (TestProfiles.onPostgres() ? "postgres" : "h2")
                + ".md"), table + "\n");
    }

    private long pending() {
        var count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%ballots.Ballot%'",
                Long.class);
        return count == null ? 0 : count;
    }

    private void seedBoard() {
        var now = Timestamp.from(Instant.now());
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < MEMBERS; i++) {
            rows.add(new Object[] {"bench-board-" + i + "-" + UUID.randomUUID() + "@example.com", "Board Member " + i, now});
        }
        jdbc.batchUpdate("insert into person (email, name, created_at) values (?, ?, ?)", rows);
        jdbc.update("insert into person_role (person_id, role) select id, 'BOARD_MEMBER' from person "
                + "where email like 'bench-board-%'");
    }

    private long open(BallotType type, boolean secret) {
        var now = Instant.now();
        var options = type.hasOptions() ? List.of("A", "B", "C", "D", "E") : List.<String>of();
        long id = ballotEditing.create(new BallotDraft("Benchmark " + type + " " + secret, "Which?", "", type, options,
                type == BallotType.POINTS ? 100 : 0, List.of(), now, now.plus(Duration.ofDays(1)), 50, 50, secret,
                ResultsVisibility.AFTER_CLOSE, null, null));
        ballotLifecycle.open(id);
        return id;
    }

    /** Every eligible member votes, written as the service would have left it. Returns how many. */
    private int castAll(long ballotId, BallotType type, boolean secret) {
        var voters = jdbc.queryForList("select person_id from ballot_voter where ballot_id = ?", Long.class, ballotId);
        var now = Timestamp.from(Instant.now());
        var rows = new ArrayList<Object[]>();
        var receipts = new ArrayList<String>();
        var secretChoices = new ArrayList<String>();
        for (long person : voters) {
            var choice = choice(type);
            if (secret) {
                receipts.add(Receipts.hash(ballotId, Receipts.newCode()));
                secretChoices.add(choice);
            } else {
                rows.add(new Object[] {ballotId, person, choice, now, now});
            }
        }
        if (secret) {
            // into the ballot's slots, sealed as the service seals them, so closing pays for opening each one
            secretBox.castAll(ballotId, receipts, secretChoices);
        } else {
            jdbc.batchUpdate("insert into ballot_vote (ballot_id, person_id, choice, cast_at, changed_at) "
                    + "values (?, ?, ?, ?, ?)", rows);
        }
        jdbc.update("update ballot_voter set has_voted = true, voted_at = ? where ballot_id = ?", now, ballotId);
        return voters.size();
    }

    private String choice(BallotType type) {
        return switch (type) {
            case APPROVE_REJECT -> List.of("YES", "NO", "ABSTAIN").get(random.nextInt(3));
            case SINGLE_CHOICE -> Integer.toString(random.nextInt(OPTIONS));
            case RANKED -> {
                var order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
                Collections.shuffle(order, random);
                yield String.join(",", order.subList(0, 2 + random.nextInt(4)).stream().map(String::valueOf).toList());
            }
            case POINTS -> {
                int a = random.nextInt(101);
                int b = random.nextInt(101 - a);
                int c = 100 - a - b;
                yield a + "," + b + "," + c + ",0,0";
            }
        };
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }
}
