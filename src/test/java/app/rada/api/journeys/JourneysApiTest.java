package app.rada.api.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapStatus;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.shared.security.SystemActor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class JourneysApiTest extends ApiTest {

    @Autowired
    JourneyService journeys;

    /** A draft map with one stage and one touchpoint, drawn by staff; returns the map's and touchpoint's ids. */
    private long[] draftMap() {
        return SystemActor.callAs(user("staff@rada.demo"), () -> {
            long map = journeys.create(new MapDraft("Returns draft " + System.nanoTime(), "Not ready yet.", "A buyer"));
            long stage = journeys.addStage(map, new StageDraft("Return", "Send it back"));
            long touchpoint = journeys.addTouchpoint(stage, new TouchpointDraft("Courier pick-up", "The courier comes.",
                    TouchpointChannel.IN_PERSON, "Courier", "Warehouse"));
            return new long[] {map, touchpoint};
        });
    }

    /** The published demo map with the most annotations. */
    private JsonNode busiestMap(String token) {
        JsonNode best = null;
        for (var map : api(token).get("/api/v1/journeys?limit=100").json().get("items")) {
            if (best == null || map.get("annotations").asInt() > best.get("annotations").asInt()) {
                best = map;
            }
        }
        assertThat(best).isNotNull();
        return best;
    }

    @Test
    void a_plain_token_lists_only_published_maps_and_staff_see_drafts_too() {
        long draft = draftMap()[0];
        var plain = api(token("admin@rada.demo")).get("/api/v1/journeys?limit=100");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        var plainIds = new HashSet<Long>();
        plain.json().get("items").forEach(m -> {
            assertThat(m.get("status").asString()).isEqualTo(MapStatus.PUBLISHED.name());
            plainIds.add(m.get("id").asLong());
        });
        assertThat(plainIds).isNotEmpty().doesNotContain(draft);

        var staffIds = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api(token("admin@rada.demo", ApiScope.STAFF))
                    .get("/api/v1/journeys?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(m -> assertThat(staffIds.add(m.get("id").asLong())).isTrue());
            cursor = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(staffIds).contains(draft).containsAll(plainIds);
    }

    @Test
    void a_map_is_read_with_its_stages_touchpoints_and_the_figures_of_the_map_view() {
        var token = token("admin@rada.demo");
        long id = busiestMap(token).get("id").asLong();
        var answer = api(token).get("/api/v1/journeys/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var json = answer.json();

        var map = SystemActor.callAs(user("customer@rada.demo"), () -> journeys.map(id));
        assertThat(json.get("title").asString()).isEqualTo(map.title());
        assertThat(json.get("stages").size()).isEqualTo(map.stages().size());
        var nevs = new HashMap<Long, Integer>();
        json.get("stages").forEach(s -> s.get("touchpoints").forEach(t -> {
            if (!t.get("nev").isNull()) {
                nevs.put(t.get("id").asLong(), t.get("nev").asInt());
            }
        }));
        assertThat(nevs).isNotEmpty();
        nevs.forEach((touchpoint, nev) -> assertThat(map.scores().touchpoint(touchpoint).nev()).isEqualTo(nev));
        var firstStage = map.stages().getFirst();
        assertThat(json.get("stages").get(0).get("annotations").asInt())
                .isEqualTo(map.scores().stage(firstStage.id()).annotations());
        assertThat(json.get("hotspots").size()).isEqualTo(map.scores().hotspots().size());
    }

    @Test
    void a_plain_token_cannot_read_a_draft_map_nor_its_annotations() {
        long draft = draftMap()[0];
        var plain = api(token("admin@rada.demo"));
        assertThat(plain.get("/api/v1/journeys/" + draft).status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/journeys/" + draft + "/annotations").status()).isEqualTo(403);
        var staff = api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/journeys/" + draft);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(plain.get("/api/v1/journeys/987654321").status()).isEqualTo(404);
    }

    @Test
    void annotations_are_paged_and_filtered_and_staff_filters_need_the_staff_scope() {
        var token = token("admin@rada.demo");
        var map = busiestMap(token);
        long id = map.get("id").asLong();
        var client = api(token);
        var seen = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/journeys/" + id + "/annotations?limit=10"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(a -> assertThat(seen.add(a.get("id").asLong())).isTrue());
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 40);
        assertThat(seen).hasSize(map.get("annotations").asInt());

        var negative = client.get("/api/v1/journeys/" + id + "/annotations?emotion=frustrated,angry&limit=100").json();
        negative.get("items").forEach(a -> assertThat(a.get("emotion").asString()).isIn("FRUSTRATED", "ANGRY"));
        assertThat(client.get("/api/v1/journeys/" + id + "/annotations?kind=sideways").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/journeys/" + id + "/annotations?segment=1").status()).isEqualTo(403);
        assertThat(api(token("admin@rada.demo", ApiScope.STAFF))
                .get("/api/v1/journeys/" + id + "/annotations?segment=1").status()).isEqualTo(200);
    }

    @Test
    void a_write_token_annotates_a_touchpoint_and_a_read_token_cannot() {
        var token = token("admin@rada.demo", ApiScope.WRITE);
        long id = busiestMap(token).get("id").asLong();
        long touchpoint = api(token).get("/api/v1/journeys/" + id).json()
                .get("stages").get(0).get("touchpoints").get(0).get("id").asLong();
        Map<String, Object> body = Map.of("touchpointId", touchpoint, "kind", "PAIN_POINT", "emotion", "FRUSTRATED",
                "intensity", 4, "importance", 5, "text", "The form forgot my address twice.", "showName", true);

        assertThat(api(token("admin@rada.demo")).post("/api/v1/journeys/" + id + "/annotations", body).status())
                .isEqualTo(403);

        var added = api(token).post("/api/v1/journeys/" + id + "/annotations", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("mine").asBoolean()).isTrue();
        assertThat(added.json().get("text").asString()).isEqualTo("The form forgot my address twice.");
        long annotation = added.json().get("id").asLong();
        var listed = api(token).get("/api/v1/journeys/" + id + "/annotations?touchpoint=" + touchpoint + "&limit=5")
                .json().get("items");
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(annotation);
    }

    @Test
    void a_bad_annotation_is_refused_on_its_fields_and_a_touchpoint_of_another_map_too() {
        var token = token("admin@rada.demo", ApiScope.WRITE);
        long id = busiestMap(token).get("id").asLong();
        var tooStrong = api(token).post("/api/v1/journeys/" + id + "/annotations", Map.of("touchpointId", 1,
                "kind", "IDEA", "emotion", "CALM", "intensity", 9, "importance", 1, "text", "Fine"));
        assertThat(tooStrong.status()).isEqualTo(400);
        assertThat(tooStrong.json().get("errors").get(0).get("field").asString()).isEqualTo("intensity");

        long elsewhere = draftMap()[1];
        var staff = api(token("admin@rada.demo", ApiScope.WRITE, ApiScope.STAFF));
        var wrongMap = staff.inLanguage("pl").post("/api/v1/journeys/" + id + "/annotations", Map.of(
                "touchpointId", elsewhere, "kind", "IDEA", "emotion", "CALM", "intensity", 2, "importance", 2,
                "text", "Somewhere else"));
        assertThat(wrongMap.status()).isEqualTo(422);
        assertThat(wrongMap.json().get("detail").asString()).contains("nie należy do mapy");
    }
}
