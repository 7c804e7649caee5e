package app.rada.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secret ballots read as an attacker would: with the database (its tables and PostgreSQL's system
 * columns) but without the portal's ballot key, try to tell choices apart and to pair the stored
 * secret rows with the people who voted.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretBallotStorageTest extends KaribuTest {

    private static final List<String> BOARD = List.of("board@rada.demo", "ewa.lis@rada.demo",
            "piotr.mazur@rada.demo", "joanna.krawczyk@rada.demo");

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long openSecret(String title, BallotType type, List<String> options, int budget) {
        loginAs("staff");
        var now = Instant.now();
        long id = editing.create(new BallotDraft(title, "Which?", "", type, options, budget, List.of(),
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 50, 50, true,
                ResultsVisibility.AFTER_CLOSE, null, null));
        lifecycle.open(id);
        return id;
    }

    private void vote(String email, long ballotId, Choice choice) {
        SystemActor.callAs(people.findLoginAccount(email).orElseThrow().asUser(),
                () -> voting.vote(ballotId, choice, null));
    }

    /** The sealed values of a ballot, as stored. */
    private List<String> sealed(long ballotId) {
        return jdbc.queryForList("select envelope from ballot_secret_slot where ballot_id = ?", String.class, ballotId);
    }

    /** The secret rows of a ballot in the order the database returns them, with H2's hidden row id. */
    private List<Map<String, Object>> rows(long ballotId) {
        var rowId = TestProfiles.onPostgres() ? "ctid::text" : "_rowid_";
        return jdbc.queryForList("select " + rowId + " as row_id, s.* from ballot_secret_slot s where ballot_id = ?",
                ballotId);
    }

    @Test
    void every_sealed_choice_of_a_ballot_has_the_same_length_whatever_was_chosen() {
        long approve = openSecret("Lengths, approve", BallotType.APPROVE_REJECT, List.of(), 0);
        vote(BOARD.get(0), approve, Choice.approve(Answer.YES));
        vote(BOARD.get(1), approve, Choice.approve(Answer.NO));
        vote(BOARD.get(2), approve, Choice.approve(Answer.ABSTAIN));

        var twelve = new ArrayList<String>();
        for (int i = 1; i <= 12; i++) {
            twelve.add("Option " + i);
        }
        long single = openSecret("Lengths, one choice", BallotType.SINGLE_CHOICE, twelve, 0);
        vote(BOARD.get(0), single, Choice.single(0));
        vote(BOARD.get(1), single, Choice.single(11));

        long ranked = openSecret("Lengths, ranked", BallotType.RANKED, List.of("A", "B", "C", "D"), 0);
        vote(BOARD.get(0), ranked, Choice.ranked(List.of(0)));
        vote(BOARD.get(1), ranked, Choice.ranked(List.of(3, 2, 1, 0)));
        vote(BOARD.get(2), ranked, Choice.ranked(List.of(1, 2)));

        long points = openSecret("Lengths, points", BallotType.POINTS, List.of("A", "B", "C"), 100);
        vote(BOARD.get(0), points, Choice.points(List.of(100, 0, 0)));
        vote(BOARD.get(1), points, Choice.points(List.of(33, 33, 34)));
        vote(BOARD.get(2), points, Choice.points(List.of(1, 0, 99)));

        for (long ballot : List.of(approve, single, ranked, points)) {
            var stored = sealed(ballot);
            assertThat(stored).as("sealed values of ballot %s", ballot).hasSizeGreaterThanOrEqualTo(2);
            assertThat(stored.stream().map(String::length).distinct()).as("lengths in ballot %s", ballot).hasSize(1);
            assertThat(stored).as("no two sealed values alike").doesNotHaveDuplicates();
        }
    }

    @Test
    void a_reader_of_the_database_without_the_key_cannot_pair_secret_rows_with_voters(CapturedOutput output) {
        long id = openSecret("Pairing", BallotType.APPROVE_REJECT, List.of(), 0);
        long eligible = jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, id);
        // three of the members vote, so some slots stay empty
        var voting = BOARD.subList(0, 3);
        assertThat(eligible).isGreaterThan(voting.size());
        int logBefore = output.length();

        // the secret rows exist from the opening, one per eligible member, and carry nothing but the ballot,
        // a slot number, a key id and the sealed envelope
        var columns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
                + "where lower(table_name) = 'ballot_secret_slot' order by 1", String.class);
        assertThat(columns).containsExactly("ballot_id", "envelope", "key_id", "slot");
        var before = rows(id);
        assertThat(before).hasSize((int) eligible);

        var answers = List.of(Answer.YES, Answer.NO, Answer.ABSTAIN);
        for (int v = 0; v < voting.size(); v++) {
            vote(voting.get(v), id, Choice.approve(answers.get(v)));
            var after = rows(id);
            // every vote rewrites every row in place: the same rows in the same order, none added, each
            // envelope new and of the same length, so no row stands out as the one this voter wrote
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < after.size(); i++) {
                var was = before.get(i);
                var now = after.get(i);
                assertThat(now.get("slot")).isEqualTo(was.get("slot"));
                assertThat(now.get("key_id")).isEqualTo(was.get("key_id"));
                if (!TestProfiles.onPostgres()) {
                    assertThat(now.get("row_id")).as("H2's hidden row id").isEqualTo(was.get("row_id"));
                }
                assertThat(now.get("envelope")).isNotEqualTo(was.get("envelope"));
            }
            assertThat(after.stream().map(r -> ((String) r.get("envelope")).length()).distinct()).hasSize(1);
            before = after;
        }
        if (TestProfiles.onPostgres()) {
            // the transaction that wrote a row is in its xmin, readable by anyone who may select the table
            var secret = jdbc.queryForList("select xmin::text from ballot_secret_slot where ballot_id = ?",
                    String.class, id);
            var voters = jdbc.queryForList("select xmin::text from ballot_voter where ballot_id = ? and has_voted",
                    String.class, id);
            var audited = jdbc.queryForList("select xmin::text from audit_entry where action = 'BALLOT_VOTED' "
                    + "and target_id = ?", String.class, String.valueOf(id));
            assertThat(voters).hasSize(voting.size()).doesNotHaveDuplicates();
            assertThat(audited).hasSize(voting.size());
            var secretPerXmin = new HashMap<String, Integer>();
            secret.forEach(x -> secretPerXmin.merge(x, 1, Integer::sum));
            // all secret rows share one transaction id: the last vote's, which names no slot
            assertThat(secretPerXmin).hasSize(1);
            for (var xmin : union(voters, audited)) {
                assertThat(secretPerXmin.getOrDefault(xmin, 0)).as("secret rows written with voter transaction %s", xmin)
                        .isIn(0, secret.size());
            }
        }
        // and nothing logged while voting says which slot was written
        var logged = output.toString().substring(logBefore).lines()
                .filter(line -> line.toLowerCase().contains("slot")).toList();
        assertThat(logged).isEmpty();
    }

    private static List<String> union(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all.stream().filter(Objects::nonNull).distinct().toList();
    }
}
