package app.rada.journeys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A version's name and an idea made from an annotation show their refusal on the field, and nothing is saved. */
class JourneyFormsValidationTest extends KaribuTest {

    @Autowired
    MapEditingService mapEditing;
    @Autowired
    StageEditingService stageEditing;
    @Autowired
    TouchpointEditingService touchpointEditing;
    @Autowired
    MapVersionService mapVersions;
    @Autowired
    AnnotationService annotations;

    /** A published map with one touchpoint; returns {map, touchpoint}. */
    private long[] publishedMap(String title) {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft(title, "A journey for the form tests", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("Before buying", "Find the right product"));
        long touchpoint = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Search", "Looking around",
                TouchpointChannel.WEB, "Web shop", "Catalogue"));
        mapEditing.publish(map);
        return new long[] {map, touchpoint};
    }

    @Test
    void a_blank_or_too_long_version_name_is_refused_on_the_field_in_english_and_polish() {
        var ids = publishedMap("Versions checked map");
        loginAsEmail(freshMember(Role.STAFF, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        var edit = _get(JourneyEditView.class);
        edit.versionLabel.setValue("x".repeat(121));
        assertThat(edit.versionLabel.isInvalid()).isTrue();
        assertThat(edit.versionLabel.getErrorMessage()).isEqualTo("Too long: at most 120 characters.");
        edit.versionLabel.setValue("  ");
        _click(edit.saveVersion);
        assertThat(edit.versionLabel.getErrorMessage())
                .isEqualTo("Give the version a name, for example the month or the workshop.");

        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        edit = _get(JourneyEditView.class);
        edit.versionLabel.setValue(" ");
        _click(edit.saveVersion);
        assertThat(edit.versionLabel.isInvalid()).isTrue();
        assertThat(edit.versionLabel.getErrorMessage()).isEqualTo("Nazwij wersję, na przykład miesiącem albo warsztatem.");
        edit.versionLabel.setValue("x".repeat(121));
        assertThat(edit.versionLabel.getErrorMessage()).isEqualTo("Za długie: najwyżej 120 znaków.");

        loginAs("staff");
        assertThat(mapVersions.versions(ids[0])).isEmpty();
    }

    @Test
    void a_short_title_and_an_empty_description_of_an_idea_from_an_annotation_are_refused_on_the_field() {
        var ids = publishedMap("Ideas checked map");
        for (var language : new Language[] {Language.EN, Language.PL}) {
            loginAsEmail(freshMember(Role.CUSTOMER, language));
            long annotation = annotations.add(ids[1], new AnnotationDraft(AnnotationKind.IDEA, Emotion.CONFIDENT, 3, 3,
                    "Filter by size\nIt takes too long to find shoes.", null, true));
            UI.getCurrent().navigate("journeys/" + ids[0]);
            var view = _get(JourneyMapView.class);
            var card = view.annotationSection.cards().stream().filter(c -> c.item.id() == annotation).findFirst()
                    .orElseThrow();
            _click(card.toIdea);
            var dialog = _get(IdeaFromAnnotationDialog.class);
            assertThat(dialog.title.getValue()).isEqualTo("Filter by size");
            dialog.title.setValue("Size");
            assertThat(dialog.title.isInvalid()).isTrue();
            assertThat(dialog.title.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "The title needs at least 5 characters." : "Tytuł musi mieć co najmniej 5 znaków.");
            dialog.description.setValue("   ");
            _click(dialog.save);
            assertThat(dialog.description.isInvalid()).isTrue();
            assertThat(dialog.description.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "Describe the idea: what happens today and what would be better."
                    : "Opisz pomysł: co dzieje się dziś i co mogłoby działać lepiej.");
            assertThat(dialog.isOpened()).isTrue();
            dialog.close();
            assertThat(annotations.list(ids[0], AnnotationFilter.all(), 0, 100).stream()
                    .filter(a -> a.id() == annotation).findFirst().orElseThrow().ideaId()).isNull();
        }
    }
}
