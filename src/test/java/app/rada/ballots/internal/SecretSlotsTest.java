package app.rada.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The slots of secret ballots against the database: key rotation, and votes stored before slots existed. */
class SecretSlotsTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    BallotReadingService reading;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecretChoices secrets;

    @Autowired
    SecretBallotBox box;

    @Autowired
    SecretSlotsConversion conversion;

    @Value("${rada.ballots.secret-key}")
    String configuredKey;

    @TempDir
    Path dir;

    private long openSecret(String title) {
        loginAs("staff");
        var now = Instant.now();
        long id = editing.create(new BallotDraft(title, "Should we?", "", BallotType.APPROVE_REJECT, List.of(), 0,
                List.of(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 50, 50, true,
                ResultsVisibility.AFTER_CLOSE, null, null));
        lifecycle.open(id);
        return id;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private String vote(String email, long ballotId, Answer answer) {
        return SystemActor.callAs(user(email), () -> voting.vote(ballotId, Choice.approve(answer), null)).orElseThrow();
    }

    @Test
    void every_slot_names_its_key_and_a_ballot_sealed_under_the_old_key_still_counts_after_rotation() {
        long id = openSecret("Rotation");
        vote("board@rada.demo", id, Answer.YES);
        vote("ewa.lis@rada.demo", id, Answer.NO);
        var oldId = BallotKeys.fingerprint(Base64.getDecoder().decode(configuredKey));
        assertThat(jdbc.queryForList("select distinct key_id from ballot_secret_slot where ballot_id = ?",
                String.class, id)).containsExactly(oldId);

        // a portal started with a new current key, the old one retired
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        var rotatedKeys = new BallotKeys(Base64.getEncoder().encodeToString(fresh), configuredKey,
                dir.resolve("unused.key"), "jdbc:postgresql://db/rada");
        var rotated = new SecretBallotBox(jdbc, new SecretChoices(rotatedKeys));
        assertThat(rotated.choices(id)).containsExactlyInAnyOrder("YES", "NO");

        // the next vote re-seals every slot of the ballot under the new key
        rotated.cast(id, Receipts.hash(id, Receipts.newCode()), "ABSTAIN");
        assertThat(jdbc.queryForList("select distinct key_id from ballot_secret_slot where ballot_id = ?",
                String.class, id)).containsExactly(rotatedKeys.current().id());
        assertThat(rotated.choices(id)).containsExactlyInAnyOrder("YES", "NO", "ABSTAIN");
        // a node that does not have the new key cannot read the ballot, and says which key is missing
        assertThatThrownBy(() -> box.choices(id)).hasMessageContaining(rotatedKeys.current().id());
    }

    @Test
    void votes_stored_before_slots_are_moved_into_slots_once_and_their_receipts_still_work() throws Exception {
        long id = openSecret("Stored before slots");
        // the ballot as an older version left it: one sealed row per vote, no slots
        jdbc.update("delete from ballot_secret_slot where ballot_id = ?", id);
        var joannaCode = Receipts.newCode();
        var piotrCode = Receipts.newCode();
        jdbc.update("insert into ballot_secret_vote (receipt_hash, ballot_id, choice) values (?, ?, ?)",
                Receipts.hash(id, joannaCode), id, secrets.sealLegacy(id, "NO"));
        jdbc.update("insert into ballot_secret_vote (receipt_hash, ballot_id, choice) values (?, ?, ?)",
                Receipts.hash(id, piotrCode), id, secrets.sealLegacy(id, "YES"));
        jdbc.update("update ballot_voter set has_voted = true where ballot_id = ? and person_id in (?, ?)", id,
                user("joanna.krawczyk@rada.demo").personId(), user("piotr.mazur@rada.demo").personId());

        assertThat(conversion.convertAll()).isEqualTo(1);
        assertThat(conversion.convertAll()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ballot_secret_vote where ballot_id = ?", Long.class, id))
                .isZero();
        long eligible = jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select count(*) from ballot_secret_slot where ballot_id = ?", Long.class, id))
                .isEqualTo(eligible);
        assertThat(jdbc.queryForList("select length(envelope) from ballot_secret_slot where ballot_id = ?",
                Integer.class, id).stream().distinct()).hasSize(1);

        // the receipts of those votes still show and change them; new votes join them
        var joanna = user("joanna.krawczyk@rada.demo");
        assertThat(SystemActor.callAs(joanna, () -> voting.checkReceipt(id, joannaCode)))
                .contains(Choice.approve(Answer.NO));
        SystemActor.callAs(joanna, () -> voting.vote(id, Choice.approve(Answer.YES), joannaCode));
        vote("board@rada.demo", id, Answer.NO);
        var result = SystemActor.callAs(user("staff@rada.demo"), () -> {
            lifecycle.closeEarly(id, "Counting converted votes.");
            return reading.details(id).result().orElseThrow();
        });
        assertThat(result.yes()).isEqualTo(2);
        assertThat(result.no()).isEqualTo(1);
        assertThat(result.votes()).isEqualTo(3);
    }
}
