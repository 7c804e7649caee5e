package app.rada.themes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.search.WordForms;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextGroupingTest {

    private final TextGrouping grouping = new TextGrouping(new WordForms());

    private static final List<String> ENGLISH = List.of(
            "The delivery was three days late and nobody called me",              // 0 delivery
            "My invoice had the wrong VAT number",                                  // 1 invoice
            "The staff in the showroom were friendly and helpful",                  // 2 staff
            "Late delivery again, the courier never came in the promised slot",    // 3 delivery
            "Wrong company name on the invoice, I had to ask for a correction",    // 4 invoice
            "Friendly staff explained the warranty patiently",                      // 5 staff
            "The courier delivered late, a day after the promised delivery date",   // 6 delivery
            "The invoice was issued with a wrong address and wrong VAT rate",       // 7 invoice
            "Helpful and friendly staff at the help desk",                          // 8 staff
            "I love the colour of the new catalogue");                              // 9 alone

    private static final List<String> POLISH = List.of(
            "Dostawa spóźniła się o trzy dni i nikt nie zadzwonił",                 // 0 dostawa
            "Na fakturze był błędny numer NIP",                                    // 1 faktura
            "Bardzo miła i pomocna obsługa w salonie",                              // 2 obsługa
            "Kurier znowu spóźniony, dostawa poza umówionym oknem",                 // 3 dostawa
            "Błędna nazwa firmy na fakturze, musiałem prosić o korektę faktury",    // 4 faktura
            "Miła obsługa cierpliwie wyjaśniła gwarancję",                          // 5 obsługa
            "Spóźniona dostawa, kurier przyjechał dzień po terminie",               // 6 dostawa
            "Faktura wystawiona z błędnym adresem i błędną stawką VAT",             // 7 faktura
            "Pomocna i miła obsługa na infolinii",                                  // 8 obsługa
            "Podoba mi się kolor nowego katalogu");                                 // 9 sam

    @Test
    void english_annotations_fall_into_delivery_delays_invoice_errors_and_friendly_staff() {
        var groups = grouping.group(ENGLISH);

        assertThat(members(groups)).containsExactlyInAnyOrder(Set.of(0, 3, 6), Set.of(1, 4, 7), Set.of(2, 5, 8));
        assertThat(labelOf(groups, 0)).contains("delivery");
        assertThat(labelOf(groups, 1)).contains("invoice");
        assertThat(labelOf(groups, 2)).contains("friendly");
    }

    @Test
    void polish_annotations_fall_into_the_same_three_themes_across_word_forms() {
        var groups = grouping.group(POLISH);

        assertThat(members(groups)).containsExactlyInAnyOrder(Set.of(0, 3, 6), Set.of(1, 4, 7), Set.of(2, 5, 8));
        assertThat(labelOf(groups, 0)).containsAnyOf("dostawa", "spóźniona", "kurier");
        assertThat(labelOf(groups, 1)).containsAnyOf("fakturze", "faktura", "błędna", "błędny");
        assertThat(labelOf(groups, 2)).containsAnyOf("obsługa", "miła", "pomocna");
    }

    @Test
    void texts_that_share_nothing_make_no_theme() {
        assertThat(grouping.group(List.of("The app crashes at login", "Lovely smell in the office",
                "Parking was hard to find"))).isEmpty();
    }

    @Test
    void the_same_texts_give_the_same_groups_every_time() {
        assertThat(grouping.group(ENGLISH)).isEqualTo(grouping.group(ENGLISH));
    }

    private static List<Set<Integer>> members(List<TextGrouping.Group> groups) {
        return groups.stream().map(g -> Set.copyOf(g.members())).toList();
    }

    private static List<String> labelOf(List<TextGrouping.Group> groups, int member) {
        return groups.stream().filter(g -> g.members().contains(member)).findFirst().orElseThrow().labelWords()
                .stream().collect(Collectors.toList());
    }
}
