package app.rada.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.search.SearchHit;
import app.rada.shared.search.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal-wide search finds design sessions by word forms, only those the person may see. */
class SessionSearchServiceTest extends SessionTestBase {

    @Autowired
    SessionSearchService search;

    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<Long> found(String email, String text) {
        return as(email, () -> search.sessions(text, 0, 20)).stream().map(SearchHit::id).toList();
    }

    private static SessionDraft about(String title, String purpose, SessionAudience audience, List<Long> organisations) {
        var start = Instant.now().plus(Duration.ofDays(5));
        var base = draft(title, 10, start, audience, organisations, List.of());
        return new SessionDraft(base.title(), purpose, base.agenda(), base.format(), base.meetingUrl(), base.address(),
                base.startsAt(), base.endsAt(), base.timeZone(), base.capacity(), base.registrationDeadline(),
                base.facilitatorIds(), base.audience(), base.organisationIds(), base.segmentIds(), base.ideaIds(),
                base.touchpointIds());
    }

    @Test
    void polish_and_english_words_find_sessions_written_with_other_forms() {
        var mark = mark();
        long polish = scheduled(about("Warsztat o dostawie lodówek " + mark, "Jak skrócić czas dostawy.",
                SessionAudience.ALL, List.of()));
        long english = scheduled(about("Workshop on weekend deliveries " + mark, "Parcels that wait.",
                SessionAudience.ALL, List.of()));
        assertThat(found("customer@rada.demo", "lodówka " + mark)).containsExactly(polish);
        assertThat(found("customer@rada.demo", "dostawa " + mark)).containsExactly(polish);
        assertThat(found("customer@rada.demo", "delivery " + mark)).containsExactly(english);

        var hit = as("customer@rada.demo", () -> search.sessions("lodówka " + mark, 0, 5)).getFirst();
        assertThat(hit.target()).isEqualTo("sessions/" + polish);
        assertThat(hit.title()).filteredOn(Segment::matched).extracting(Segment::text).containsExactly("lodówek", mark);
    }

    @Test
    void members_do_not_find_drafts_nor_sessions_for_other_organisations() {
        var mark = mark();
        var hotel = jdbc.queryForObject("select id from organisation where name = 'Hotel Pod Lipami'", Long.class);
        long chosen = scheduled(about("Hotel deliveries review " + mark, "For the hotel only.", SessionAudience.CHOSEN,
                List.of(hotel)));
        long draft = as("staff@rada.demo", () -> scheduling.create(about("Draft deliveries plan " + mark, "Not yet.",
                SessionAudience.ALL, List.of())));
        assertThat(found("zofia.majewska@rada.demo", "delivery " + mark)).containsExactly(chosen);
        assertThat(found("natalia.jablonska@rada.demo", "delivery " + mark)).isEmpty();
        assertThat(found("staff@rada.demo", "delivery " + mark)).containsExactlyInAnyOrder(chosen, draft);
    }

    @Test
    void saved_minutes_make_a_session_findable_by_their_words() {
        var mark = mark();
        long id = scheduled(about("Returns at home " + mark, "Talk about returns.", SessionAudience.ALL, List.of()));
        assertThat(found("customer@rada.demo", "courier " + mark)).isEmpty();
        asDo("staff@rada.demo", () -> followUp.saveMinutes(id, "The couriers should call ahead."));
        assertThat(found("customer@rada.demo", "courier " + mark)).containsExactly(id);
    }
}
