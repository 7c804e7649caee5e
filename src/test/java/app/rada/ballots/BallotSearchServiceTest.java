package app.rada.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.search.SearchHit;
import app.rada.shared.search.Segment;
import app.rada.support.KaribuTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal-wide search finds ballots by word forms, for the board and staff only. */
class BallotSearchServiceTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotSearchService search;

    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static BallotDraft draft(String title, String question) {
        var now = Instant.now();
        return new BallotDraft(title, question, "Some **background**.", BallotType.APPROVE_REJECT, List.of(), 0,
                List.of(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 50, 50, false,
                ResultsVisibility.AFTER_CLOSE, null, null);
    }

    private long open(BallotDraft draft) {
        loginAs("staff");
        long id = editing.create(draft);
        lifecycle.open(id);
        return id;
    }

    private List<Long> found(String text) {
        return search.ballots(text, 0, 20).stream().map(SearchHit::id).toList();
    }

    @Test
    void polish_and_english_words_find_ballots_written_with_other_forms() {
        var mark = mark();
        long polish = open(draft("Dostawa lodówki w sobotę " + mark, "Czy wprowadzamy dostawy w soboty?"));
        long english = open(draft("Weekend deliveries " + mark, "Shall we deliver on Saturdays?"));
        loginAs("board");
        assertThat(found("lodówka " + mark)).containsExactly(polish);
        assertThat(found("dostawy " + mark)).containsExactly(polish);
        assertThat(found("delivery " + mark)).containsExactly(english);
        var hit = search.ballots("lodówka " + mark, 0, 5).getFirst();
        assertThat(hit.target()).isEqualTo("ballots/" + polish);
        assertThat(hit.title()).filteredOn(Segment::matched).extracting(Segment::text).containsExactly("lodówki", mark);
    }

    @Test
    void a_customer_finds_no_ballot_and_the_board_finds_no_draft() {
        var mark = mark();
        long opened = open(draft("Refunds within a week " + mark, "Shall refunds take a week at most?"));
        long draft = editing.create(draft("Refunds draft " + mark, "Not yet asked."));
        assertThat(found("refund " + mark)).containsExactlyInAnyOrder(opened, draft);
        loginAs("board");
        assertThat(found("refund " + mark)).containsExactly(opened);
        loginAs("customer");
        assertThat(found("refund " + mark)).isEmpty();
    }
}
