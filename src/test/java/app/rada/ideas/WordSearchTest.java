package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board, the triage queue and similar ideas find ideas by the forms of Polish and English words. */
class WordSearchTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    /** A word no other idea has (letters and digits, so it has no other forms), to keep a test's ideas apart. */
    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long submit(String title, String description) {
        return ideas.submit(new IdeaDraft(title, description, null, List.of(), Visibility.MEMBERS, null), List.of());
    }

    private List<Long> board(String text) {
        return ideas.board(BoardFilter.all().withText(text), BoardSort.NEWEST, 0, 50).stream().map(IdeaCard::id).toList();
    }

    @Test
    void polish_words_find_ideas_written_with_other_inflections() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = mark();
        long fridge = submit("Dostawa lodówki w dwa dni " + mark, "Zamówiłem lodówkę i czekałem tydzień.");
        long refund = submit("Szybszy zwrot pieniędzy " + mark, "Za anulowane bilety.");
        assertThat(board("lodówka " + mark)).containsExactly(fridge);
        assertThat(board("dostawy " + mark)).containsExactly(fridge);
        assertThat(board(mark + " LODOWKA")).containsExactly(fridge);
        assertThat(board("zwrotu " + mark)).containsExactly(refund);
        assertThat(board("pieniądze " + mark)).containsExactly(refund);
        // every word must match
        assertThat(board("lodówka pralka " + mark)).isEmpty();
        assertThat(board("lodówka zwrot " + mark)).isEmpty();
        // the word being typed matches as the start of a word, as before
        assertThat(board(mark + " lodó")).containsExactly(fridge);
    }

    @Test
    void english_words_find_ideas_written_with_other_forms() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var mark = mark();
        long deliveries = submit("Faster deliveries on weekends " + mark, "Parcels wait over the weekend.");
        long refunds = submit("Refunds for cancelled tickets " + mark, "The customer's money comes back late.");
        assertThat(board("delivery " + mark)).containsExactly(deliveries);
        assertThat(board("parcel " + mark)).containsExactly(deliveries);
        assertThat(board("refund " + mark)).containsExactly(refunds);
        assertThat(board("customer " + mark)).containsExactly(refunds);
        assertThat(board("delivery refund " + mark)).isEmpty();
    }

    @Test
    void a_word_found_nowhere_also_matches_the_words_it_could_be_a_typo_of() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var mark = mark();
        long fridge = submit("Dostawa lodówki " + mark, "Bez opóźnień.");
        long supplier = submit("Dostawca pralki " + mark, "Inny temat.");
        long delivery = submit("Faster delivery of parcels " + mark, "Before noon.");
        assertThat(board("lodowka " + mark)).containsExactly(fridge);
        assertThat(board("lodwka " + mark)).containsExactly(fridge);
        assertThat(board("delivry " + mark)).containsExactly(delivery);
        // "dostawa" is stored, so it is not taken for a typo of "dostawca"
        assertThat(board("dostawa " + mark)).containsExactly(fridge);
        assertThat(board("dostawca " + mark)).containsExactly(supplier);
        // a typo must keep the first letter, and short words get none
        assertThat(board("felivery " + mark)).isEmpty();
        assertThat(board("bex " + mark)).isEmpty();
        assertThat(board("bez " + mark)).containsExactly(fridge);
    }

    @Test
    void triage_and_similar_ideas_use_the_same_word_forms() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = mark();
        long fridge = submit("Dostawa lodówki w dwa dni " + mark, "Zamówiłem lodówkę.");
        loginAs("staff");
        assertThat(triage.queue(TriageFilter.everything().withText("lodówka " + mark), 0, 10))
                .extracting(TriageRow::id).containsExactly(fridge);
        assertThat(triage.countUpTo(TriageFilter.everything().withText("dostawy lodowka " + mark), 1000)).isEqualTo(1);
        assertThat(ideas.similar("Dostawy lodówek trwają zbyt długo", 10)).extracting(IdeaCard::id).contains(fridge);
        assertThat(ideas.similar("Lodówka", 10)).extracting(IdeaCard::id).contains(fridge);
        // with three words or more, one shared word is not enough, however many of its forms the idea has
        assertThat(ideas.similar("Lodówki brakuje miejsca wszędzie", 10))
                .extracting(IdeaCard::id).doesNotContain(fridge);
    }
}
