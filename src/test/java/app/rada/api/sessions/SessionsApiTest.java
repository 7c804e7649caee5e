package app.rada.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.security.SystemActor;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionsApiTest extends ApiTest {

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    JdbcTemplate jdbc;

    private long scheduled(SessionDraft draft) {
        return SystemActor.callAs(user("staff@rada.demo"), () -> {
            long id = scheduling.create(draft);
            scheduling.publish(id);
            return id;
        });
    }

    private long inDays(int days, SessionAudience audience, List<Long> organisations) {
        return scheduled(SessionTestBase.draft("Api session " + System.nanoTime(), 10,
                Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS), audience, organisations,
                List.of()));
    }

    @Test
    void upcoming_sessions_are_listed_and_drafts_need_the_staff_scope() {
        long id = inDays(3, SessionAudience.ALL, List.of());
        var client = api(token("admin@rada.demo"));
        var ids = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/sessions?list=upcoming&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(s -> assertThat(ids.add(s.get("id").asLong())).isTrue());
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(ids).contains(id);
        assertThat(client.get("/api/v1/sessions?list=drafts").status()).isEqualTo(403);
        assertThat(client.get("/api/v1/sessions?list=someday").status()).isEqualTo(400);
        assertThat(api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/sessions?list=drafts").status())
                .isEqualTo(200);
    }

    @Test
    void a_session_for_other_organisations_is_refused_to_a_plain_token() {
        var hotel = jdbc.queryForObject("select id from organisation where name = 'Hotel Pod Lipami'", Long.class);
        long id = inDays(4, SessionAudience.CHOSEN, List.of(hotel));
        var plain = api(token("admin@rada.demo", ApiScope.WRITE));
        assertThat(plain.get("/api/v1/sessions/" + id).status()).isEqualTo(403);
        assertThat(plain.post("/api/v1/sessions/" + id + "/registration", null).status()).isEqualTo(403);
        var staff = api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/sessions/" + id);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().get("audienceNames").toString()).contains("Hotel Pod Lipami");
    }

    @Test
    void a_write_token_registers_its_person_and_cancels_and_a_read_token_cannot() {
        long id = inDays(5, SessionAudience.ALL, List.of());
        assertThat(api(token("admin@rada.demo")).post("/api/v1/sessions/" + id + "/registration", null).status())
                .isEqualTo(403);
        var client = api(token("admin@rada.demo", ApiScope.WRITE));
        var before = client.get("/api/v1/sessions/" + id).json();
        assertThat(before.get("meetingUrl").isNull()).isTrue();
        assertThat(before.get("myState").isNull()).isTrue();

        var registered = client.post("/api/v1/sessions/" + id + "/registration", null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("state").asString()).isEqualTo("REGISTERED");
        var after = client.get("/api/v1/sessions/" + id).json();
        assertThat(after.get("myState").asString()).isEqualTo("REGISTERED");
        assertThat(after.get("meetingUrl").asString()).isEqualTo(SessionTestBase.LINK);
        assertThat(after.get("registered").asInt()).isEqualTo(before.get("registered").asInt() + 1);

        assertThat(client.delete("/api/v1/sessions/" + id + "/registration").status()).isEqualTo(204);
        var cancelled = client.get("/api/v1/sessions/" + id).json();
        assertThat(cancelled.get("registered").asInt()).isEqualTo(before.get("registered").asInt());
        assertThat(cancelled.get("meetingUrl").isNull()).isTrue();
        // cancelling what is not there is refused with the portal's reason
        assertThat(client.delete("/api/v1/sessions/" + id + "/registration").status()).isEqualTo(422);
    }

    @Test
    void staff_read_the_registrations_and_record_attendance_and_plain_tokens_cannot() {
        long soon = scheduled(SessionTestBase.draft("Api check-in " + System.nanoTime(), 10,
                Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS), SessionAudience.ALL,
                List.of(), List.of()));
        var admin = user("admin@rada.demo");
        assertThat(api(token("admin@rada.demo", ApiScope.WRITE)).post("/api/v1/sessions/" + soon + "/registration",
                null).status()).isEqualTo(200);

        var plain = api(token("admin@rada.demo", ApiScope.WRITE));
        assertThat(plain.get("/api/v1/sessions/" + soon + "/attendees").status()).isEqualTo(403);
        assertThat(plain.put("/api/v1/sessions/" + soon + "/attendees/" + admin.personId() + "/attendance",
                Map.of("attendance", "ATTENDED")).status()).isEqualTo(403);
        var staffReadOnly = api(token("admin@rada.demo", ApiScope.STAFF));
        assertThat(staffReadOnly.put("/api/v1/sessions/" + soon + "/attendees/" + admin.personId() + "/attendance",
                Map.of("attendance", "ATTENDED")).status()).isEqualTo(403);

        var staff = api(token("admin@rada.demo", ApiScope.STAFF, ApiScope.WRITE));
        var list = staff.get("/api/v1/sessions/" + soon + "/attendees");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        var row = list.json().get("items").get(0);
        assertThat(row.get("personId").asLong()).isEqualTo(admin.personId());
        assertThat(row.get("state").asString()).isEqualTo("REGISTERED");
        assertThat(row.get("attendance").isNull()).isTrue();

        var marked = staff.put("/api/v1/sessions/" + soon + "/attendees/" + admin.personId() + "/attendance",
                Map.of("attendance", "ATTENDED"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(204);
        assertThat(staff.get("/api/v1/sessions/" + soon + "/attendees").json().get("items").get(0)
                .get("attendance").asString()).isEqualTo("ATTENDED");
        assertThat(staff.put("/api/v1/sessions/" + soon + "/attendees/" + admin.personId() + "/attendance",
                Map.of()).status()).isEqualTo(400);

        long later = inDays(6, SessionAudience.ALL, List.of());
        assertThat(staff.put("/api/v1/sessions/" + later + "/attendees/" + admin.personId() + "/attendance",
                Map.of("attendance", "ATTENDED")).status()).isEqualTo(422);
    }
}
