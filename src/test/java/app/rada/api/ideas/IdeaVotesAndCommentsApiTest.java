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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdeaVotesAndCommentsApiTest extends ApiTest {

    @Autowired
    IdeaService ideas;

    private long newIdea(Visibility visibility) {
        var author = user(freshPerson(Role.CUSTOMER));
        return SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Invoices in one e-mail a month",
                "Collect the month's invoices in one e-mail.", null, List.of(), visibility, null), List.of()));
    }

    @Test
    void a_write_token_votes_once_and_takes_the_vote_back() {
        long id = newIdea(Visibility.MEMBERS);
        var client = api(token("admin@rada.demo", ApiScope.WRITE));
        var before = client.get("/api/v1/ideas/" + id + "/votes").json();
        assertThat(before.get("votedByMe").asBoolean()).isFalse();
        int votes = before.get("votes").asInt();

        var voted = client.post("/api/v1/ideas/" + id + "/votes", null);
        assertThat(voted.status()).isEqualTo(200);
        assertThat(voted.json().get("votedByMe").asBoolean()).isTrue();
        assertThat(voted.json().get("votes").asInt()).isEqualTo(votes + 1);
        assertThat(voted.json().get("weightedVotes").asInt()).isGreaterThanOrEqualTo(votes + 1);
        // voting again changes nothing
        assertThat(client.post("/api/v1/ideas/" + id + "/votes", null).json().get("votes").asInt())
                .isEqualTo(votes + 1);

        var taken = client.delete("/api/v1/ideas/" + id + "/votes");
        assertThat(taken.json().get("votedByMe").asBoolean()).isFalse();
        assertThat(taken.json().get("votes").asInt()).isEqualTo(votes);
        assertThat(client.delete("/api/v1/ideas/" + id + "/votes").json().get("votes").asInt()).isEqualTo(votes);
    }

    @Test
    void a_read_token_reads_votes_but_cannot_vote() {
        long id = newIdea(Visibility.MEMBERS);
        var client = api(token("admin@rada.demo"));
        assertThat(client.get("/api/v1/ideas/" + id + "/votes").status()).isEqualTo(200);
        assertThat(client.post("/api/v1/ideas/" + id + "/votes", null).status()).isEqualTo(403);
        assertThat(client.delete("/api/v1/ideas/" + id + "/votes").status()).isEqualTo(403);
        assertThat(client.get("/api/v1/ideas/" + id + "/votes").json().get("votes").asInt()).isZero();
    }

    @Test
    void comments_are_added_and_paged_through_with_cursors() {
        long id = newIdea(Visibility.MEMBERS);
        var client = api(token("admin@rada.demo", ApiScope.WRITE));
        for (int i = 1; i <= 3; i++) {
            var added = client.post("/api/v1/ideas/" + id + "/comments", Map.of("text", "Comment number " + i));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        var texts = new HashSet<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = client.get("/api/v1/ideas/" + id + "/comments?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> texts.add(item.get("text").asString()));
            cursor = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (cursor != null && pages < 5);
        assertThat(pages).isEqualTo(2);
        assertThat(texts).containsExactlyInAnyOrder("Comment number 1", "Comment number 2", "Comment number 3");
    }

    @Test
    void an_empty_comment_is_refused_on_its_field() {
        long id = newIdea(Visibility.MEMBERS);
        var answer = api(token("admin@rada.demo", ApiScope.WRITE))
                .post("/api/v1/ideas/" + id + "/comments", Map.of("text", "  "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void a_plain_member_token_sees_neither_votes_nor_comments_of_a_staff_only_idea() {
        long id = newIdea(Visibility.STAFF);
        var plain = api(token("admin@rada.demo", ApiScope.WRITE));
        assertThat(plain.get("/api/v1/ideas/" + id + "/votes").status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/ideas/" + id + "/comments").status()).isEqualTo(403);
        assertThat(plain.post("/api/v1/ideas/" + id + "/comments", Map.of("text", "Let me in")).status())
                .isEqualTo(403);
        var staff = api(token("admin@rada.demo", ApiScope.STAFF));
        assertThat(staff.get("/api/v1/ideas/" + id + "/comments").status()).isEqualTo(200);
    }
}
