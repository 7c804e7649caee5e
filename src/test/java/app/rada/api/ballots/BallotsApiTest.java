package app.rada.api.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class BallotsApiTest extends ApiTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    /** An administrator who also sits on the board: their plain token reads as a board member. */
    private String boardAdmin() {
        var email = "api-board-admin-" + System.nanoTime() + "@example.com";
        SystemActor.run(() -> people.createPerson(email, "Board Admin", EnumSet.of(Role.ADMIN, Role.BOARD_MEMBER),
                null, Language.EN, "a long test password"));
        return email;
    }

    private long ballot(String title, boolean secret, boolean open) {
        var now = Instant.now();
        var draft = new BallotDraft(title + " " + System.nanoTime(), "Which first?", "Some **background**.",
                BallotType.SINGLE_CHOICE, List.of("Hotline from 8", "Call-back"), 0, List.of(),
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 0, 0, secret, ResultsVisibility.LIVE,
                null, null);
        return SystemActor.callAs(user("staff@rada.demo"), () -> {
            long id = editing.create(draft);
            if (open) {
                lifecycle.open(id);
            }
            return id;
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void a_board_members_token_lists_and_reads_ballots_and_a_plain_members_token_is_refused() {
        long id = ballot("Api open", false, true);
        var board = api(token(boardAdmin()));
        var ids = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = board.get("/api/v1/ballots?status=open&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(b -> assertThat(ids.add(b.get("id").asLong())).isTrue());
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(ids).contains(id);
        var one = board.get("/api/v1/ballots/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("options").size()).isEqualTo(2);
        assertThat(one.json().has("myChoice")).isFalse();

        // the administrator without the board role, through a token without staff, is a plain member
        var plain = api(token("admin@rada.demo"));
        assertThat(plain.get("/api/v1/ballots").status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/ballots/" + id).status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/ballots/" + id + "/results").status()).isEqualTo(403);
        assertThat(api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/ballots/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void drafts_are_for_staff_only() {
        long draft = ballot("Api draft", false, false);
        var board = api(token(boardAdmin()));
        assertThat(board.get("/api/v1/ballots?status=draft").status()).isEqualTo(403);
        assertThat(board.get("/api/v1/ballots/" + draft).status()).isEqualTo(404);
        var staff = api(token("admin@rada.demo", ApiScope.STAFF));
        assertThat(staff.get("/api/v1/ballots?status=draft&limit=100").status()).isEqualTo(200);
        assertThat(staff.get("/api/v1/ballots/" + draft).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(staff.get("/api/v1/ballots?status=sideways").status()).isEqualTo(400);
    }

    @Test
    void a_secret_ballots_live_results_are_counts_without_any_voter() {
        long id = ballot("Api secret", true, true);
        var ewa = user("ewa.lis@rada.demo");
        var piotr = user("piotr.mazur@rada.demo");
        SystemActor.callAs(ewa, () -> voting.vote(id, Choice.single(1), null));
        SystemActor.callAs(piotr, () -> voting.vote(id, Choice.single(1), null));

        var answer = api(token(boardAdmin())).get("/api/v1/ballots/" + id + "/results");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.get("votes").asInt()).isEqualTo(2);
        assertThat(json.get("totals").get(1).asLong()).isEqualTo(2);
        assertThat(json.get("winner").asInt()).isEqualTo(1);
        assertThat(fieldNames(json)).containsExactlyInAnyOrder("ballotId", "type", "options", "outcome", "eligible",
                "votes", "turnoutPercent", "quorumPercent", "quorumReached", "passPercent", "yes", "no", "abstain",
                "yesPercent", "totals", "rounds", "winner", "tie");
        assertThat(answer.body()).doesNotContain(ewa.name(), piotr.name(), ewa.email(), piotr.email(), "receipt",
                "personId");
        var detail = api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/ballots/" + id).body();
        assertThat(detail).doesNotContain(ewa.name(), piotr.name(), "choice", "receipt");
    }

    @Test
    void results_that_the_portal_does_not_show_yet_are_not_found() {
        var now = Instant.now();
        var draft = new BallotDraft("Api after close " + System.nanoTime(), "Yes?", "", BallotType.APPROVE_REJECT,
                List.of(), 0, List.of(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 50, 50, true,
                ResultsVisibility.AFTER_CLOSE, null, null);
        long id = SystemActor.callAs(user("staff@rada.demo"), () -> {
            long created = editing.create(draft);
            lifecycle.open(created);
            return created;
        });
        var answer = api(token(boardAdmin())).get("/api/v1/ballots/" + id + "/results");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("api-resources.ballot.results-hidden");
        assertThat(api(token(boardAdmin())).get("/api/v1/ballots/" + id).json().get("resultsShown").asBoolean())
                .isFalse();
    }
}
