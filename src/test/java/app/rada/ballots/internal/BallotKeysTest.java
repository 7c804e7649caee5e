package app.rada.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.rada.ballots.BallotType;
import app.rada.ballots.internal.SecretChoices.Slot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class BallotKeysTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example.internal:5432/rada";
    private static final String DEMO = "jdbc:h2:file:./data/rada;MODE=PostgreSQL";

    @TempDir
    Path dir;

    private static String newKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void without_a_key_the_portal_refuses_to_start_outside_the_embedded_demo_and_says_what_to_set() {
        var file = dir.resolve("ballot-secret.key");
        assertThatThrownBy(() -> new BallotKeys("", "", file, POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RADA_BALLOTS_SECRET_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(file).doesNotExist();
    }

    @Test
    void the_refusal_is_reported_at_start_up_as_what_to_set_not_as_a_stack_trace() {
        var refused = catchThrowable(() -> new BallotKeys("", "", dir.resolve("k"), POSTGRES));
        // Spring Boot's own analyzers need a bean factory to be created; only ours matters here
        var analyzers = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }));
        assertThat(analyzers).hasAtLeastOneElementOfType(MissingBallotKey.class);
        var analysis = new MissingBallotKey().analyze(new BeanCreationException("ballotKeys", "refused", refused));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("rada.ballots.secret-key");
        assertThat(analysis.getAction()).contains("RADA_BALLOTS_SECRET_KEY", "openssl rand -base64 32");
    }

    @Test
    void the_embedded_demo_generates_its_key_once_and_keeps_it() {
        var file = dir.resolve("data/ballot-secret.key");
        var first = new BallotKeys("", "", file, DEMO);
        assertThat(file).exists();
        assertThat(new BallotKeys("", "", file, DEMO).current().id()).isEqualTo(first.current().id());
        assertThat(BallotKeys.embedded("")).isTrue();
        assertThat(BallotKeys.embedded(POSTGRES)).isFalse();
    }

    @Test
    void a_configured_key_works_on_any_database_and_its_id_does_not_reveal_it() {
        var key = newKey();
        var keys = new BallotKeys(key, "", dir.resolve("unused.key"), POSTGRES);
        var id = keys.current().id();
        assertThat(id).matches("[0-9a-f]{12}");
        var hex = HexFormat.of().formatHex(Base64.getDecoder().decode(key));
        assertThat(hex).doesNotContain(id);
        assertThat(key).doesNotContain(id);
        assertThat(dir.resolve("unused.key")).doesNotExist();
        assertThatThrownBy(() -> new BallotKeys("c2hvcnQ=", "", dir.resolve("k"), POSTGRES))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void a_slot_sealed_under_a_retired_key_still_opens_and_new_seals_use_the_current_key() {
        var old = newKey();
        var current = newKey();
        var before = new SecretChoices(new BallotKeys(old, "", dir.resolve("k"), POSTGRES));
        var sealed = before.seal(7, Slot.vote(Receipts.hash(7, "ABCDE"), "YES"), 7);

        var rotated = new SecretChoices(new BallotKeys(current, old, dir.resolve("k"), POSTGRES));
        assertThat(rotated.open(7, sealed.keyId(), sealed.envelope()))
                .isEqualTo(Slot.vote(Receipts.hash(7, "ABCDE"), "YES"));
        var resealed = rotated.seal(7, Slot.EMPTY, 7);
        assertThat(resealed.keyId()).isNotEqualTo(sealed.keyId()).isEqualTo(BallotKeys.fingerprint(
                Base64.getDecoder().decode(current)));

        // the old key dropped from the configuration: the ballot cannot be read, and the message says why
        var forgotten = new SecretChoices(new BallotKeys(current, "", dir.resolve("k"), POSTGRES));
        assertThatThrownBy(() -> forgotten.open(7, sealed.keyId(), sealed.envelope()))
                .hasMessageContaining(sealed.keyId()).hasMessageContaining("rada.ballots.retired-secret-keys");
    }

    @Test
    void every_envelope_of_a_ballot_shape_has_the_same_length_empty_or_not() {
        var secrets = new SecretChoices(new BallotKeys(newKey(), "", dir.resolve("k"), POSTGRES));
        int approve = SecretChoices.capacity(BallotType.APPROVE_REJECT, 0, 0);
        assertThat(Stream.of("YES", "NO", "ABSTAIN").map(c -> Slot.vote(Receipts.hash(1, c), c)))
                .map(slot -> secrets.seal(1, slot, approve).envelope().length())
                .containsOnly(secrets.seal(1, Slot.EMPTY, approve).envelope().length());
        int points = SecretChoices.capacity(BallotType.POINTS, 12, 1000);
        var longest = String.join(",", List.of("1000", "1000", "1000", "1000", "1000", "1000", "1000", "1000",
                "1000", "1000", "1000", "1000"));
        assertThat(secrets.seal(1, Slot.vote(Receipts.hash(1, "X"), longest), points).envelope())
                .hasSameSizeAs(secrets.seal(1, Slot.vote(Receipts.hash(1, "Y"), "0,0,0,0,0,0,0,0,0,0,0,1000"), points)
                        .envelope());
        int ranked = SecretChoices.capacity(BallotType.RANKED, 12, 0);
        assertThat(ranked).isEqualTo("11,10,9,8,7,6,5,4,3,2,1,0".length());
        assertThatThrownBy(() -> secrets.seal(1, Slot.vote(Receipts.hash(1, "Z"), "ABSTAINED"), approve))
                .isInstanceOf(IllegalStateException.class);
    }
}
