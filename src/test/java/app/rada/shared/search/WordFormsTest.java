package app.rada.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    static final WordForms FORMS = new WordForms();

    private static boolean finds(String query, String text) {
        return FORMS.query(query).matchedBy(FORMS.terms(text));
    }

    @Test
    void a_polish_word_finds_its_other_inflected_forms() {
        assertThat(finds("lodówka", "Dostawa lodówki w dwa dni")).isTrue();
        assertThat(finds("lodówki", "Nowa lodówka")).isTrue();
        assertThat(finds("dostawy", "Dostawa lodówki")).isTrue();
        assertThat(finds("zwrotu", "Szybszy zwrot pieniędzy")).isTrue();
        assertThat(finds("pieniądze", "Szybszy zwrot pieniędzy")).isTrue();
        assertThat(finds("faktura", "Brak faktury za bilety")).isTrue();
        assertThat(finds("rachunek", "Dwa razy pobrano z rachunku")).isTrue();
        assertThat(finds("Warszawa", "Odbiór w Warszawie")).isTrue();
    }

    @Test
    void an_english_word_finds_its_other_forms() {
        assertThat(finds("delivery", "Faster deliveries on weekends")).isTrue();
        assertThat(finds("deliveries", "Delivery on Sunday")).isTrue();
        assertThat(finds("refund", "Refunds take too long")).isTrue();
        assertThat(finds("customer", "The customer's address")).isTrue();
    }

    @Test
    void diacritics_and_case_do_not_matter_and_every_word_must_match() {
        assertThat(finds("LODOWKA", "Dostawa lodówki")).isTrue();
        assertThat(finds("zwrot", "ZWRÓT za bilet")).isTrue();
        assertThat(finds("lodówka pralka", "Dostawa lodówki")).isFalse();
        assertThat(finds("lodówka", "Dostawa pralki")).isFalse();
        assertThat(finds("delivery", "Deliberate choices")).isFalse();
        assertThat(FORMS.query("a ? !").isEmpty()).isTrue();
        assertThat(finds("", "Dostawa lodówki")).isFalse();
    }

    @Test
    void terms_are_folded_and_between_two_and_forty_characters() {
        var terms = FORMS.terms("Ćwiczenia w Łodzi, a " + "x".repeat(60));
        assertThat(terms).allSatisfy(t -> assertThat(t).hasSizeBetween(2, 40).isLowerCase().matches("[a-z0-9]+"));
        assertThat(terms).contains("cwiczenia", "lodzi", "x".repeat(40)).doesNotContain("w", "a");
        assertThat(FORMS.terms("Order 2024")).contains("2024");
    }

    @Test
    void an_unfinished_last_word_also_matches_the_words_it_begins() {
        var typed = FORMS.query("zwrot pieni");
        assertThat(typed.matchedBy(FORMS.terms("Szybszy zwrot pieniędzy"))).isFalse();
        assertThat(typed.typing().matchedBy(FORMS.terms("Szybszy zwrot pieniędzy"))).isTrue();
        // only the last word: the first is complete
        assertThat(FORMS.query("zwr pieniędzy").typing().matchedBy(FORMS.terms("Szybszy zwrot pieniędzy"))).isFalse();
    }

    @Test
    void a_word_of_four_letters_may_have_one_typo_and_of_five_or_more_two_with_the_same_first_letter() {
        var delivry = FORMS.query("delivry").words().getFirst();
        assertThat(delivry.near("delivery")).isTrue();
        assertThat(delivry.near("dlvry")).isTrue();
        assertThat(delivry.near("dlvy")).isFalse();
        assertThat(delivry.near("telivery")).isFalse();
        var kota = FORMS.query("kota").words().getFirst();
        assertThat(kota.near("kotb")).isTrue();
        assertThat(kota.near("kotka")).isTrue();
        assertThat(kota.near("kolba")).isFalse();
        assertThat(FORMS.query("kot").words().getFirst().near("kod")).isFalse();
        assertThat(QueryWord.distance("lodowka", "lodowki", 2)).isEqualTo(1);
        assertThat(QueryWord.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void highlighting_marks_the_matching_words_and_keeps_the_text_as_it_was() {
        var text = "Dostawa lodówki <b>w</b> dwa dni & szybciej";
        var segments = FORMS.highlight(text, FORMS.query("lodówka DOSTAWY"));
        assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(marked(segments)).containsExactly("Dostawa", "lodówki");
        assertThat(marked(FORMS.highlight("Faster deliveries, fewer refunds", FORMS.query("delivery")))).containsExactly("deliveries");
        assertThat(marked(FORMS.highlight("Szybszy zwrot pieniędzy", FORMS.query("zwrot pien").typing())))
                .containsExactly("zwrot", "pieniędzy");
        assertThat(FORMS.highlight("Nothing here", FORMS.query("lodówka")))
                .containsExactly(new Segment("Nothing here", false));
    }

    @Test
    void highlighting_marks_a_typo_only_when_the_word_itself_is_not_in_the_text() {
        assertThat(marked(FORMS.highlight("Faster delivery of parcels", FORMS.query("delivry")))).containsExactly("delivery");
        assertThat(marked(FORMS.highlight("Dostawa, dostawy i dostawca", FORMS.query("dostawa"))))
                .containsExactly("Dostawa", "dostawy");
    }

    @Test
    void many_threads_get_the_same_terms_as_one() {
        var words = List.of("lodówki", "dostawy", "deliveries", "zwrotu", "pieniędzy", "customer's", "Warszawie",
                "faktury", "rachunku", "refunds", "zqabcdefgh", "lodowka");
        var expected = words.stream().collect(Collectors.toMap(Function.identity(), FORMS::termsOfWord));
        Map<Integer, Boolean> same = IntStream.range(0, 2000).parallel().boxed().collect(Collectors.toMap(
                Function.identity(), i -> FORMS.termsOfWord(words.get(i % words.size()))
                        .equals(expected.get(words.get(i % words.size()))), (a, b) -> a && b));
        assertThat(same.values()).containsOnly(true);
        assertThat(expected.get("lodówki")).isEqualTo(Set.of("lodowki", "lodowka"));
    }

    private static List<String> marked(List<Segment> segments) {
        return segments.stream().filter(Segment::matched).map(Segment::text).toList();
    }
}
