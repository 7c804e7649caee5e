package app.rada.api.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class IdeasApiTest extends ApiTest {

    @Autowired
    IdeaService ideas;

    @Test
    void the_list_pages_through_all_ideas_with_cursors_and_no_idea_twice() {
        // with the staff scope the token sees what its administrator sees, so the board's count is the same
        var client = api(token("admin@rada.demo", ApiScope.STAFF));
        var seen = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/ideas?sort=newest&limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            var json = answer.json();
            assertThat(json.get("items").size()).isLessThanOrEqualTo(7);
            for (JsonNode item : json.get("items")) {
                assertThat(seen.add(item.get("id").asLong())).as("idea seen twice").isTrue();
            }
            cursor = json.get("next") == null || json.get("next").isNull() ? null : json.get("next").asString();
            pages++;
        } while (cursor != null && pages < 30);
        long total = SystemActor.callAs(user("admin@rada.demo"), () -> ideas.count(app.rada.ideas.BoardFilter.all()));
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void the_list_takes_the_boards_filters() {
        var client = api(token("admin@rada.demo", ApiScope.STAFF));
        var planned = client.get("/api/v1/ideas?status=planned&limit=100").json().get("items");
        assertThat(planned.size()).isPositive();
        planned.forEach(item -> assertThat(item.get("status").asString()).isEqualTo("PLANNED"));
        var two = client.get("/api/v1/ideas?status=planned,done&sort=top&limit=100").json().get("items");
        assertThat(two.size()).isGreaterThan(planned.size());
        assertThat(client.get("/api/v1/ideas?sort=sideways").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/ideas?status=lost").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/ideas?limit=0").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/ideas?limit=1000").json().get("items").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void one_idea_is_read_with_its_counts() {
        var client = api(token("admin@rada.demo"));
        var first = client.get("/api/v1/ideas?sort=top&limit=1").json().get("items").get(0);
        var answer = client.get("/api/v1/ideas/" + first.get("id").asLong());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("title").asString()).isEqualTo(first.get("title").asString());
        assertThat(answer.json().get("votes").asInt()).isEqualTo(first.get("votes").asInt());
        assertThat(answer.json().has("description")).isTrue();
    }

    @Test
    void an_idea_that_does_not_exist_is_not_found() {
        var answer = api(token("admin@rada.demo")).get("/api/v1/ideas/987654321");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void a_token_without_the_staff_scope_cannot_read_a_staff_only_idea() {
        var author = user(freshPerson(Role.CUSTOMER));
        long id = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Only for the CX team please",
                "Something sensitive about our contract.", null, List.of(), Visibility.STAFF, null), List.of()));
        var plain = api(token("admin@rada.demo"));
        assertThat(plain.get("/api/v1/ideas/" + id).status()).isEqualTo(403);
        var staff = api(token("admin@rada.demo", ApiScope.STAFF));
        assertThat(staff.get("/api/v1/ideas/" + id).status()).isEqualTo(200);
    }
}
