package app.rada.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaCorpusService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.AnnotationCorpusService;
import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.shared.Problem;
import app.rada.support.KaribuTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ThemeServiceTest extends KaribuTest {

    @Autowired
    ThemeService themes;

    @Autowired
    MapEditingService mapEditing;

    @Autowired
    StageEditingService stageEditing;

    @Autowired
    TouchpointEditingService touchpointEditing;

    @Autowired
    AnnotationService annotations;

    @Autowired
    IdeaService ideas;

    /** A published map: a stage "Buy" with checkout and delivery, a stage "Help" with the hotline. */
    private long[] map(String title) {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft(title, "", "Households"));
        long buy = stageEditing.addStage(map, new StageDraft("Buy", ""));
        long help = stageEditing.addStage(map, new StageDraft("Help", ""));
        long checkout = touchpointEditing.addTouchpoint(buy, touchpoint("Checkout"));
        long delivery = touchpointEditing.addTouchpoint(buy, touchpoint("Delivery"));
        long hotline = touchpointEditing.addTouchpoint(help, touchpoint("Hotline"));
        mapEditing.publish(map);
        return new long[] {map, buy, checkout, delivery, hotline, help};
    }

    private static TouchpointDraft touchpoint(String name) {
        return new TouchpointDraft(name, "About " + name, TouchpointChannel.WEB, "Sales", "Logistics");
    }

    private long say(long touchpoint, Emotion emotion, int intensity, String text) {
        return annotations.add(touchpoint, new AnnotationDraft(emotion.positive() ? AnnotationKind.LOVE_POINT
                : AnnotationKind.PAIN_POINT, emotion, intensity, 3, text, null, true));
    }

    /** Delivery delays, invoice errors and friendly staff, three times each, and one stray remark. */
    private long[] englishCorpus(long[] ids) {
        loginAs("customer");
        long late1 = say(ids[3], Emotion.FRUSTRATED, 4, "The delivery was three days late and nobody called me");
        say(ids[2], Emotion.ANGRY, 5, "My invoice had the wrong VAT number");
        say(ids[4], Emotion.GRATEFUL, 4, "The staff in the showroom were friendly and helpful");
        loginAs("board");
        long late2 = say(ids[3], Emotion.ANGRY, 5, "Late delivery again, the courier never came in the promised slot");
        say(ids[2], Emotion.DISAPPOINTED, 3, "Wrong company name on the invoice, I had to ask for a correction");
        say(ids[4], Emotion.DELIGHTED, 5, "Friendly staff explained the warranty patiently");
        say(ids[2], Emotion.CALM, 2, "I love the colour of the new catalogue");
        loginAs("customer");
        long late3 = say(ids[3], Emotion.ANXIOUS, 3, "The courier delivered late, a day after the promised delivery date");
        say(ids[2], Emotion.FRUSTRATED, 4, "The invoice was issued with a wrong address and wrong VAT rate");
        say(ids[4], Emotion.CALM, 3, "Helpful and friendly staff at the help desk");
        return new long[] {late1, late2, late3};
    }

    @Test
    void staff_see_delivery_delays_invoice_errors_and_friendly_staff_as_the_themes_of_a_map() {
        var ids = map("Themes in English");
        var late = englishCorpus(ids);
        loginAs("staff");

        var found = themes.themes(ThemeScope.map(ids[0]));

        assertThat(found).extracting(Theme::size).containsExactly(3, 3, 3);
        var delivery = found.stream().filter(t -> about(t, "delivery")).findFirst().orElseThrow();
        assertThat(delivery.annotationIds()).containsExactlyInAnyOrder(late[0], late[1], late[2]);
        // P = 0, N = 4 + 5 + 3: every feeling about late deliveries is negative
        assertThat(delivery.nev()).isEqualTo(-100);
        assertThat(delivery.emotions()).containsOnlyKeys(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS);
        assertThat(delivery.organisations()).isNotEmpty();
        assertThat(delivery.quotes()).hasSize(3).allMatch(q -> q.toLowerCase().contains("late"));
        assertThat(delivery.touchpointIds()).containsExactly(ids[3]);
        var staff = found.stream().filter(t -> about(t, "friendly")).findFirst().orElseThrow();
        assertThat(staff.nev()).isEqualTo(100);
        assertThat(found).anyMatch(t -> about(t, "invoice"));
        assertThat(found).noneMatch(t -> t.quotes().stream().anyMatch(q -> q.contains("catalogue")));

        // narrowed to the stage "Help", only the friendly staff of the hotline remain
        assertThat(themes.themes(ThemeScope.stage(ids[0], ids[5]))).singleElement()
                .matches(t -> about(t, "friendly"));
        assertThat(themes.themes(ThemeScope.touchpoint(ids[0], ids[3]))).singleElement()
                .matches(t -> t.size() == 3 && about(t, "delivery"));
    }

    @Test
    void polish_annotations_and_an_idea_on_the_same_touchpoint_group_across_word_forms() {
        var ids = map("Tematy po polsku");
        loginAs("customer");
        say(ids[3], Emotion.FRUSTRATED, 4, "Dostawa spóźniła się o trzy dni i nikt nie zadzwonił");
        say(ids[2], Emotion.ANGRY, 4, "Na fakturze był błędny numer NIP");
        say(ids[4], Emotion.GRATEFUL, 4, "Bardzo miła i pomocna obsługa w salonie");
        loginAs("board");
        say(ids[3], Emotion.ANGRY, 5, "Kurier znowu spóźniony, dostawa poza umówionym oknem");
        say(ids[2], Emotion.DISAPPOINTED, 3, "Błędna nazwa firmy na fakturze, musiałem prosić o korektę faktury");
        say(ids[4], Emotion.DELIGHTED, 5, "Miła obsługa cierpliwie wyjaśniła gwarancję");
        long idea = ideas.submit(new IdeaDraft("Spóźniona dostawa: SMS od kuriera", "Niech kurier wysyła SMS, gdy dostawa "
                + "jest spóźniona.", null, List.of(), Visibility.MEMBERS, ids[3]), List.of());
        loginAs("customer");
        say(ids[2], Emotion.FRUSTRATED, 4, "Faktura wystawiona z błędnym adresem i błędną stawką VAT");
        say(ids[4], Emotion.CALM, 3, "Pomocna i miła obsługa na infolinii");
        loginAs("staff");

        var found = themes.themes(ThemeScope.map(ids[0]));

        assertThat(found).hasSize(3);
        var delivery = found.stream().filter(t -> t.ideaIds().contains(idea)).findFirst().orElseThrow();
        assertThat(delivery.annotations()).isEqualTo(2);
        assertThat(delivery.ideas()).isEqualTo(1);
        assertThat(found).anyMatch(t -> t.annotations() == 3 && t.touchpointIds().equals(List.of(ids[2])));
        assertThat(found).anyMatch(t -> t.annotations() == 3 && t.touchpointIds().equals(List.of(ids[4])));
    }

    @Test
    void themes_are_kept_until_a_new_annotation_makes_them_stale() throws InterruptedException {
        var ids = map("Kept themes");
        englishCorpus(ids);
        loginAs("staff");
        var first = themes.themes(ThemeScope.map(ids[0]));
        assertThat(themes.themes(ThemeScope.map(ids[0]))).extracting(Theme::id)
                .as("a second look keeps the same themes").isEqualTo(first.stream().map(Theme::id).toList());

        loginAs("board");
        say(ids[3], Emotion.FRUSTRATED, 4, "Delivery late by a week, the courier lost the parcel");
        loginAs("staff");
        List<Theme> later = first;
        for (int i = 0; i < 50 && later.stream().noneMatch(t -> t.size() == 4); i++) {
            Thread.sleep(100);
            later = themes.themes(ThemeScope.map(ids[0]));
        }
        assertThat(later).anyMatch(t -> t.size() == 4 && about(t, "delivery"));
    }

    @Test
    void a_theme_becomes_one_idea_tied_to_all_its_annotations() {
        var ids = map("Theme into idea");
        var late = englishCorpus(ids);
        loginAs("staff");
        var delivery = themes.themes(ThemeScope.map(ids[0])).stream().filter(t -> about(t, "delivery"))
                .findFirst().orElseThrow();

        long idea = themes.turnIntoIdea(delivery.id(), "Tell customers when a delivery runs late", "Three said so.");

        assertThat(ideas.summary(idea)).hasValueSatisfying(s -> assertThat(s.touchpointId()).isEqualTo(ids[3]));
        var tied = annotations.list(ids[0], AnnotationFilter.all().onTouchpoint(ids[3]), 0, 10);
        assertThat(tied).filteredOn(a -> Set.of(late[0], late[1], late[2]).contains(a.id()))
                .hasSize(3).allMatch(a -> a.ideaId() != null && a.ideaId() == idea);
        var again = themes.themes(ThemeScope.map(ids[0])).stream().filter(t -> about(t, "delivery"))
                .findFirst().orElseThrow();
        assertThat(again.turnedIdeaIds()).containsExactly(idea);
        assertThat(again.canBecomeIdea()).isFalse();
        assertThatThrownBy(() -> themes.turnIntoIdea(again.id(), "Once more", "x"))
                .isInstanceOf(Problem.class).hasMessage("themes.idea.nothing-left");
        // the theme first shown is gone: turning the idea regrouped the map's themes
        assertThatThrownBy(() -> themes.turnIntoIdea(delivery.id(), "From a stale card", "x"))
                .isInstanceOf(Problem.class).hasMessage("themes.idea.regrouped");
    }

    @Test
    void the_board_shows_open_ideas_that_say_the_same_thing_as_one_theme() {
        loginAs("customer");
        long a = ideas.submit(new IdeaDraft("Bicycle racks at the warehouse pickup", "Room for cargo bicycles at "
                + "the pickup point", null, List.of(), Visibility.MEMBERS, null), List.of());
        loginAs("board");
        long b = ideas.submit(new IdeaDraft("Cargo bicycles at the pickup point", "Let us collect small parcels by "
                + "cargo bicycle", null, List.of(), Visibility.MEMBERS, null), List.of());
        loginAs("staff");

        assertThat(themes.themes(ThemeScope.board())).anyMatch(t -> t.ideaIds().containsAll(List.of(a, b))
                && t.annotations() == 0 && t.nev() == null);
    }

    @Test
    void a_customer_can_neither_read_themes_nor_turn_one_into_an_idea() {
        var ids = map("Refused themes");
        englishCorpus(ids);
        loginAs("staff");
        long theme = themes.themes(ThemeScope.map(ids[0])).getFirst().id();
        loginAs("customer");

        assertThatThrownBy(() -> themes.themes(ThemeScope.map(ids[0]))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.themes(ThemeScope.board())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.theme(theme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.turnIntoIdea(theme, "Mine now", "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(AnnotationCorpusService.class).texts(ids[0], null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(IdeaCorpusService.class).openIdeas())
                .isInstanceOf(AccessDeniedException.class);
        loginAs("board");
        assertThatThrownBy(() -> themes.turnIntoIdea(theme, "Board's now", "x")).isInstanceOf(AccessDeniedException.class);
    }

    private static boolean about(Theme theme, String word) {
        return theme.label().toLowerCase(java.util.Locale.ROOT).contains(word);
    }
}
