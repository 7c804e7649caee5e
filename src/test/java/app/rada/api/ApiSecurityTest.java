package app.rada.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditFilter;
import app.rada.audit.AuditTrail;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ApiSecurityTest extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Test
    void a_call_without_a_token_is_refused_with_a_problem() {
        var answer = api().get("/api/v1/ideas");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("code").asString()).isEqualTo("api.error.unauthenticated");
        assertThat(answer.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void a_wrong_token_is_refused() {
        assertThat(api("rada_not-a-real-token").get("/api/v1/ideas").status()).isEqualTo(401);
        assertThat(api("something-else").get("/api/v1/ideas").status()).isEqualTo(401);
    }

    @Test
    void a_revoked_token_is_refused_from_its_next_call() {
        var token = token("admin@rada.demo");
        assertThat(api(token).get("/api/v1/ideas").status()).isEqualTo(200);
        var row = SystemActor.callAs(user("admin@rada.demo"), () -> tokens.list(0, 100)).getFirst();
        SystemActor.callAs(user("admin@rada.demo"), () -> {
            tokens.revoke(row.id());
            return null;
        });
        assertThat(api(token).get("/api/v1/ideas").status()).isEqualTo(401);
    }

    @Test
    void a_token_of_a_deactivated_administrator_is_refused() {
        var adminEmail = freshPerson(Role.ADMIN);
        var token = token(adminEmail, ApiScope.WRITE);
        assertThat(api(token).get("/api/v1/ideas").status()).isEqualTo(200);
        SystemActor.run(() -> people.deactivate(user(adminEmail).personId()));
        assertThat(api(token).get("/api/v1/ideas").status()).isEqualTo(401);
    }

    @Test
    void only_administrators_create_and_revoke_tokens() {
        var draft = new TokenDraft("Staff's own", java.util.EnumSet.of(ApiScope.WRITE));
        assertThatThrownBy(() -> SystemActor.callAs(user("staff@rada.demo"), () -> tokens.create(draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemActor.callAs(user("customer@rada.demo"), () -> tokens.list(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        var created = SystemActor.callAs(user("admin@rada.demo"), () -> tokens.create(draft));
        assertThatThrownBy(() -> SystemActor.callAs(user("staff@rada.demo"), () -> {
            tokens.revoke(created.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(api(created.token()).get("/api/v1/ideas?limit=1").status()).isEqualTo(200);
    }

    @Test
    void a_token_needs_a_name() {
        assertThatThrownBy(() -> SystemActor.callAs(user("admin@rada.demo"),
                () -> tokens.create(new TokenDraft("  ", java.util.Set.of()))))
                .isInstanceOf(Problem.class).hasMessage("api.token.name-empty");
    }

    @Test
    void a_read_token_cannot_change_anything() {
        var token = token("admin@rada.demo");
        var answer = api(token).post("/api/v1/ideas/1/votes", Map.of());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asString()).isEqualTo("api.error.scope-write");
    }

    @Test
    void problems_come_in_polish_when_the_caller_asks_for_it() {
        var answer = api().inLanguage("pl").get("/api/v1/ideas");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("title").asString()).isEqualTo("Brak uwierzytelnienia");
        assertThat(answer.json().get("detail").asString()).contains("wymaga ważnego tokenu API");

        var token = token("admin@rada.demo");
        var badCursor = api(token).inLanguage("pl-PL").get("/api/v1/ideas?cursor=not-a-cursor");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("detail").asString()).startsWith("Nie można odczytać kursora");
        assertThat(badCursor.body()).doesNotContain("Exception", "at app.rada");
    }

    @Test
    void a_token_over_its_rate_limit_is_told_to_wait() {
        var token = token("admin@rada.demo");
        var client = api(token);
        ApiClient.Answer last = null;
        for (int i = 0; i < 41; i++) {
            last = client.get("/api/v1/ideas/0");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.isProblem()).isTrue();
        assertThat(Long.parseLong(last.header("Retry-After").orElseThrow())).isPositive();
        // another token is counted on its own
        assertThat(api(token("admin@rada.demo")).get("/api/v1/ideas?limit=1").status()).isEqualTo(200);
    }

    @Test
    void unknown_addresses_under_the_api_are_a_not_found_problem() {
        var answer = api(token("admin@rada.demo")).get("/api/v1/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void the_openapi_document_is_served_to_token_holders() {
        var answer = api(token("admin@rada.demo")).get("/api/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("openapi").asString()).startsWith("3.");
        assertThat(answer.json().get("paths").has("/api/v1/ideas")).isTrue();
        assertThat(answer.json().get("paths").has("/api/v1/nothing-here")).isFalse();
    }

    @Test
    void the_documentation_page_sends_visitors_to_the_login() {
        var answer = api().get("/api/docs");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location").orElseThrow()).endsWith("/login");
        assertThat(api().get("/api/v1/openapi.json").status()).isEqualTo(302);
    }

    @Test
    void changes_through_the_api_are_audited_with_their_token() {
        var token = token("admin@rada.demo", ApiScope.WRITE);
        api(token).post("/api/v1/ideas/999999/votes", Map.of());
        var entries = SystemActor.call(() -> trail.find(new AuditFilter(AuditAction.API_WRITE, null, null, null), 0, 10));
        assertThat(entries).anySatisfy(row -> assertThat(row.detail()).contains("POST /api/v1/ideas/999999/votes"));
    }
}
