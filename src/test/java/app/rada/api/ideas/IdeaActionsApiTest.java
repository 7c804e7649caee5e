package app.rada.api.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiClient;
import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.shared.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdeaActionsApiTest extends ApiTest {

    private ApiClient staff() {
        return api(token("admin@rada.demo", ApiScope.WRITE, ApiScope.STAFF));
    }

    private static Map<String, Object> idea(long memberId, String title) {
        var body = new HashMap<String, Object>();
        body.put("memberId", memberId);
        body.put("title", title);
        body.put("description", "The delivery went to the invoice address instead of the delivery address.");
        return body;
    }

    private long file(ApiClient client, String title) {
        var member = user(freshPerson(Role.CUSTOMER));
        var answer = client.post("/api/v1/ideas", idea(member.personId(), title));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    @Test
    void a_staff_token_files_an_idea_in_a_members_name() {
        var member = user(freshPerson(Role.CUSTOMER));
        var answer = staff().post("/api/v1/ideas", idea(member.personId(), "Deliver to the delivery address"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("authorId").asLong()).isEqualTo(member.personId());
        assertThat(answer.json().get("status").asString()).isEqualTo("NEW");
        assertThat(answer.header("Location").orElseThrow())
                .endsWith("/api/v1/ideas/" + answer.json().get("id").asLong());
    }

    @Test
    void the_members_own_rules_apply_to_an_idea_filed_for_them() {
        var member = user(freshPerson(Role.CUSTOMER));
        var client = staff();
        ApiClient.Answer last = null;
        for (int i = 1; i <= 6; i++) {
            last = client.post("/api/v1/ideas", idea(member.personId(), "Idea number " + i + " from the hotline"));
        }
        // five ideas an hour per member
        assertThat(last.status()).as(last.body()).isEqualTo(422);
        assertThat(last.isProblem()).isTrue();
        assertThat(last.json().get("code").asString()).startsWith("ideas.");
    }

    @Test
    void a_token_without_the_staff_scope_cannot_file_for_a_member() {
        var member = user(freshPerson(Role.CUSTOMER));
        var answer = api(token("admin@rada.demo", ApiScope.WRITE))
                .post("/api/v1/ideas", idea(member.personId(), "Not allowed without staff"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void an_invalid_idea_is_refused_field_by_field_in_the_callers_language() {
        var body = new HashMap<String, Object>();
        body.put("memberId", user("customer@rada.demo").personId());
        body.put("title", "Hi");
        body.put("description", " ");
        var answer = staff().inLanguage("pl").post("/api/v1/ideas", body);
        assertThat(answer.status()).isEqualTo(400);
        var errors = answer.json().get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("description");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("title");
        assertThat(errors.get(1).get("message").asString()).contains("5");
        assertThat(answer.json().get("title").asString()).isEqualTo("Błędne żądanie");
    }

    @Test
    void json_that_cannot_be_read_is_a_bad_request() {
        var answer = staff().sendRaw("POST", "/api/v1/ideas", "{\"memberId\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("api.error.bad-json");
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void staff_move_an_idea_with_a_public_answer() {
        var client = staff();
        long id = file(client, "Answer the hotline before nine");
        var answer = client.post("/api/v1/ideas/" + id + "/status",
                Map.of("status", "planned", "answer", "We will staff the hotline from 8 a.m."));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(answer.json().get("answers").get(answer.json().get("answers").size() - 1).get("answerHtml")
                .asString()).contains("We will staff the hotline from 8 a.m.");
    }

    @Test
    void declining_without_a_reason_is_refused_by_the_portals_rule() {
        var client = staff();
        long id = file(client, "Something to decline later");
        var answer = client.inLanguage("pl").post("/api/v1/ideas/" + id + "/status", Map.of("status", "declined"));
        assertThat(answer.status()).isIn(400, 422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(client.get("/api/v1/ideas/" + id).json().get("status").asString()).isEqualTo("NEW");
    }

    @Test
    void a_token_without_the_staff_scope_cannot_change_a_status() {
        long id = file(staff(), "Status stays as it is");
        var answer = api(token("admin@rada.demo", ApiScope.WRITE))
                .post("/api/v1/ideas/" + id + "/status", Map.of("status", "planned"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(staff().get("/api/v1/ideas/" + id).json().get("status").asString()).isEqualTo("NEW");
    }

    @Test
    void staff_merge_a_duplicate() {
        var client = staff();
        long duplicate = file(client, "Hotline rings unanswered early");
        long original = file(client, "Nobody answers the hotline at 8");
        var answer = client.post("/api/v1/ideas/" + duplicate + "/merge", Map.of("into", original));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(answer.json().get("mergedIntoId").asLong()).isEqualTo(original);

        var again = client.post("/api/v1/ideas/" + original + "/merge", Map.of("into", original));
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void a_token_without_the_staff_scope_cannot_merge() {
        var client = staff();
        long duplicate = file(client, "A duplicate that stays");
        long original = file(client, "An original that stays");
        var answer = api(token("admin@rada.demo", ApiScope.WRITE))
                .post("/api/v1/ideas/" + duplicate + "/merge", Map.of("into", original));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(client.get("/api/v1/ideas/" + duplicate).json().get("status").asString()).isEqualTo("NEW");
    }
}
