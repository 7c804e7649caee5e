package app.rada.journeys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.shared.ui.RefusedView;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class JourneyViewsTest extends KaribuTest {

    @Autowired
    JourneyService journeys;

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

    /** A published map with one stage and two touchpoints; returns {map, first touchpoint, second}. */
    private long[] publishedMap(String title) {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft(title, "A journey for the view tests", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("During purchase", "Pay without trouble"));
        long checkout = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Checkout", "Paying online",
                TouchpointChannel.WEB, "Web shop", "Payments"));
        long delivery = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Delivery", "The courier arrives",
                TouchpointChannel.IN_PERSON, "Couriers", "Warehouse"));
        mapEditing.publish(map);
        return new long[] {map, checkout, delivery};
    }

    @Test
    void members_see_published_maps_in_the_list_and_staff_also_drafts_and_a_create_button() {
        var ids = publishedMap("Listed published map");
        long draft = mapEditing.create(new MapDraft("Listed draft map", "", ""));
        UI.getCurrent().navigate("journeys");
        var staffView = _get(JourneysView.class);
        assertThat(staffView.create.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<JourneySummary> grid = _get(Grid.class);
        var staffRows = grid.getGenericDataView().getItems().map(JourneySummary::id).toList();
        assertThat(staffRows).contains(ids[0], draft);

        loginAs("customer");
        UI.getCurrent().navigate("journeys");
        var view = _get(JourneysView.class);
        assertThat(view.getChildren().anyMatch(c -> c == view.create)).isFalse();
        @SuppressWarnings("unchecked")
        Grid<JourneySummary> memberGrid = _get(Grid.class);
        var rows = memberGrid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(JourneySummary::id).contains(ids[0]).doesNotContain(draft);
        assertThat(rows).allMatch(r -> r.status() == MapStatus.PUBLISHED);
    }

    @Test
    void the_map_shows_stages_touchpoints_computed_values_and_the_hotspot_formula() {
        var ids = publishedMap("Computed values map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[2], new AnnotationDraft(AnnotationKind.MOMENT_OF_TRUTH, Emotion.ANGRY, 4, 5,
                "The fridge went to the invoice address", null, true));
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.LOVE_POINT, Emotion.DELIGHTED, 5, 3,
                "Paying took seconds", null, true));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        var canvas = Jsoup.parseBodyFragment(view.canvas.markup());
        assertThat(canvas.select("h2").eachText()).containsExactly("During purchase");
        assertThat(canvas.select("h3").eachText()).containsExactly("Checkout", "Delivery");
        var text = canvas.text();
        // Delivery: only negative, NEV −100; Checkout only positive, NEV 100
        assertThat(text).contains("NEV -100").contains("NEV 100").contains("In person").contains("Back: Warehouse");
        var hotspots = Jsoup.parseBodyFragment(view.hotspotList.markup()).text();
        // I = 5, R = 1, N share 1, M = 1: 5 × 1 × 1 × 2 = 10
        assertThat(hotspots).contains("Delivery: priority 10.0").doesNotContain("Checkout:");
        assertThat(_get(view.hotspots, Paragraph.class,
                spec -> spec.withId("hotspot-formula")).getText()).contains("Priority = mean importance × people reached");
        assertThat(view.curve).isNotNull();
        assertThat(view.curve.optionJson()).contains("Checkout").contains("5.0").contains("-4.0");
        assertThat(view.cards()).hasSize(2);
        assertThat(view.presence.getText()).isEqualTo("1 person is viewing");
    }

    @Test
    void a_member_annotates_a_touchpoint_through_the_dialog_and_the_pin_appears() {
        var ids = publishedMap("Annotating map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        // what the browser sends when the annotate button of the touchpoint is pressed
        assertThat(Jsoup.parseBodyFragment(view.canvas.markup())
                .select("button.annotate[data-touchpoint=" + ids[2] + "]").attr("data-action"))
                .isEqualTo("annotate:" + ids[2]);
        view.canvasAction("annotate:" + ids[2]);
        var dialog = _get(AnnotationDialog.class);
        dialog.kind.setValue(AnnotationKind.HATE_POINT);
        dialog.emotion.setValue(Emotion.DISAPPOINTED);
        dialog.intensity.setValue(5);
        dialog.importance.setValue(4);
        dialog.text.setValue("Delivered to the invoice address, twice");
        _click(dialog.save);
        assertThat(_find(AnnotationDialog.class)).isEmpty();
        var pins = Jsoup.parseBodyFragment(view.canvas.pins(ids[2])).select("button.pin");
        assertThat(pins.eachText()).containsExactly("Hate point 1");
        // the pin opens the annotations of its touchpoint and kind
        view.canvasAction(pins.attr("data-action"));
        assertThat(view.touchpointFilter.getValue().id()).isEqualTo(ids[2]);
        assertThat(view.kindFilter.getValue()).containsExactly(AnnotationKind.HATE_POINT);
        assertThat(view.cards()).singleElement().matches(c -> c.item.text().equals("Delivered to the invoice address, twice"));
        assertThat(Jsoup.parseBodyFragment(view.hotspotList.markup()).text()).contains("Delivery");
        // a hotspot opens the annotations of its touchpoint, of every kind
        view.kindFilter.clear();
        view.touchpointFilter.clear();
        view.hotspotList.opened(Jsoup.parseBodyFragment(view.hotspotList.markup()).select("button.hotspot")
                .attr("data-hotspot"));
        assertThat(view.touchpointFilter.getValue().id()).isEqualTo(ids[2]);
        assertThat(view.kindFilter.getValue()).isEmpty();
        // what the browser could send besides a touchpoint's number is ignored
        view.hotspotList.opened("1 or 1=1");
        assertThat(view.touchpointFilter.getValue().id()).isEqualTo(ids[2]);
    }

    @Test
    void names_on_the_canvas_are_written_as_text_never_as_markup() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Escaped map", "", ""));
        long stage = stageEditing.addStage(map, new StageDraft("<b>Buying</b>", "Goal & \"quotes\""));
        touchpointEditing.addTouchpoint(stage, new TouchpointDraft("<img src=x onerror=alert(1)>", "",
                TouchpointChannel.WEB, "", ""));
        mapEditing.publish(map);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + map);
        var markup = _get(JourneyMapView.class).canvas.markup();
        assertThat(markup).doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("Goal &amp; &quot;quotes&quot;");
        var canvas = Jsoup.parseBodyFragment(markup);
        assertThat(canvas.select("img, b")).isEmpty();
        assertThat(canvas.select("h3").eachText()).containsExactly("<img src=x onerror=alert(1)>");
        assertThat(canvas.select("button.annotate").attr("aria-label"))
                .isEqualTo("Annotate: <img src=x onerror=alert(1)>");
    }

    @Test
    void an_annotation_is_shown_as_text_never_as_markup() {
        var ids = publishedMap("Escaped card map");
        var email = freshMember(Role.CUSTOMER, Language.EN);
        loginAsEmail(email);
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.QUESTION, Emotion.CONFUSED, 2, 3,
                "<img src=x onerror=alert(1)> & <a href=\"javascript:alert(2)\">click</a>", null, false));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var card = _get(JourneyMapView.class).cards().getFirst();
        assertThat(card.content()).doesNotContain("<img").doesNotContain("<a ")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;a href=&quot;javascript:alert(2)&quot;&gt;");
        var content = Jsoup.parseBodyFragment(card.content());
        assertThat(content.select("img, a, script")).isEmpty();
        assertThat(content.select("p.annotation-text").text())
                .isEqualTo("<img src=x onerror=alert(1)> & <a href=\"javascript:alert(2)\">click</a>");
        assertThat(content.select(".annotation-kind").text()).isEqualTo("Question");
        assertThat(content.select(".annotation-where").text()).isEqualTo("Checkout");
        assertThat(content.text()).contains("Intensity 2").contains("importance 3");
    }

    @Test
    void a_redraw_sends_only_the_lanes_whose_figures_changed() {
        var ids = publishedMap("Redrawn map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        var lanes = _find(view.canvas, Div.class).stream()
                .filter(d -> d.hasClassName("journey-lane")).toList();
        assertThat(lanes).extracting(d -> d.getElement().getAttribute("data-lane"))
                .containsExactly("stage", "goals", "touchpoints", "channel", "emotion", "pins", "ideas", "departments");
        var before = lanes.stream().map(d -> d.getElement().getProperty("innerHTML")).toList();
        annotations.add(ids[2], new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.ANXIOUS, 3, 3,
                "No delivery window", null, true));
        view.refresh();
        var after = lanes.stream().map(d -> d.getElement().getProperty("innerHTML")).toList();
        // stage, emotion and pins carry the new annotation; the names, goals, channels, ideas and departments stay
        for (int lane : new int[] {0, 4, 5}) {
            assertThat(after.get(lane)).isNotEqualTo(before.get(lane));
        }
        for (int lane : new int[] {1, 2, 3, 6, 7}) {
            assertThat(after.get(lane)).isSameAs(before.get(lane));
        }
        assertThat(view.canvas.pins(ids[2])).contains("Pain point 1");
    }

    @Test
    void an_empty_annotation_is_explained_in_the_dialog_and_not_saved() {
        var ids = publishedMap("Refused annotation map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        view.canvasAction("annotate:" + ids[1]);
        var dialog = _get(AnnotationDialog.class);
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Say in a few words what happened.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(annotations.count(ids[0], AnnotationFilter.all())).isZero();
    }

    @Test
    void members_edit_their_own_annotation_say_me_too_to_others_and_filter_by_kind() {
        var ids = publishedMap("Me too map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.QUESTION, Emotion.CONFUSED, 2, 2,
                "Which payment methods?", null, false));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[2], new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.ANXIOUS, 3, 3,
                "No delivery window", null, true));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        var others = view.cards().stream().filter(c -> !c.item.mine()).findFirst().orElseThrow();
        assertThat(others.item.authorName()).isEmpty();
        _click(others.meToo);
        assertThat(others.reactions.getText()).isEqualTo("1 person said me too");
        var mine = view.cards().stream().filter(c -> c.item.mine()).findFirst().orElseThrow();
        assertThat(mine.meToo.isAttached()).isFalse();
        _click(mine.edit);
        var dialog = _get(AnnotationDialog.class);
        dialog.text.setValue("No two-hour delivery window");
        _click(dialog.save);
        assertThat(view.cards()).anyMatch(c -> c.item.text().equals("No two-hour delivery window") && c.item.edited());

        view.kindFilter.setValue(Set.of(AnnotationKind.QUESTION));
        assertThat(view.cards()).singleElement().matches(c -> c.item.kind() == AnnotationKind.QUESTION);
        // the staff filters are not offered to members
        assertThat(view.organisationFilter.isAttached()).isFalse();
    }

    @Test
    void an_annotation_added_elsewhere_appears_on_an_open_map_without_reloading() throws InterruptedException {
        var ids = publishedMap("Live map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        assertThat(view.cards()).isEmpty();
        loginAsEmail(freshMember(Role.BOARD_MEMBER, Language.EN));
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.LOVE_POINT, Emotion.GRATEFUL, 4, 4,
                "Live from another session", null, true));
        for (int i = 0; i < 40 && view.cards().isEmpty(); i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(view.cards()).singleElement().matches(c -> c.item.text().equals("Live from another session"));

        // the next one is added on top; the card already shown is kept as it is, not drawn again
        var first = view.cards().getFirst();
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED, 3, 3,
                "A second one from elsewhere", null, true));
        for (int i = 0; i < 60 && view.cards().size() < 2; i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(view.cards()).extracting(c -> c.item.text())
                .containsExactly("A second one from elsewhere", "Live from another session");
        assertThat(view.cards().get(1)).isSameAs(first);
        assertThat(view.canvas.pins(ids[1])).contains("Pain point 1").contains("Love point 1");
    }

    @Test
    void staff_add_a_touchpoint_and_move_a_stage_with_the_keyboard_buttons() {
        var ids = publishedMap("Edited map");
        long later = stageEditing.addStage(ids[0], new StageDraft("After purchase", ""));
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        var view = _get(JourneyEditView.class);
        var moveEarlier = _find(view.stages, Button.class).stream()
                .filter(b -> "Move stage After purchase earlier".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        _click(moveEarlier);
        assertThat(journeys.map(ids[0]).stages()).extracting(s -> s.name())
                .containsExactly("After purchase", "During purchase");
        view.openTouchpoint(later, null);
        var name = _get(TextField.class, spec -> spec.withId("touchpoint-name"));
        name.setValue("Satisfaction survey");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(journeys.map(ids[0]).stages().getFirst().touchpoints()).extracting(t -> t.name())
                .containsExactly("Satisfaction survey");
        assertThat(_get(JourneyEditView.class).stages.getElement().getTextRecursively()).contains("Satisfaction survey");
    }

    @Test
    void a_customer_cannot_open_the_edit_view_nor_see_a_draft_map() {
        loginAs("staff");
        long draft = mapEditing.create(new MapDraft("Draft only for staff", "", ""));
        loginAs("customer");
        UI.getCurrent().navigate("journeys/" + draft);
        assertThat(_find(JourneyMapView.class)).isEmpty();
        assertThat(_find(RefusedView.class)).hasSize(1);
        UI.getCurrent().navigate("journeys/" + draft + "/edit");
        assertThat(_find(JourneyEditView.class)).isEmpty();
        _get(NoAccessView.class);
        assertThatThrownBy(() -> mapEditing.edit(draft, new MapDraft("Taken over", "", "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_save_a_version_and_compare_it_with_now() {
        var ids = publishedMap("Compared map");
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        var edit = _get(JourneyEditView.class);
        edit.versionLabel.setValue("Workshop one");
        _click(edit.saveVersion);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[2], new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 3, 3,
                "Wrong address again", null, true));
        loginAs("staff");
        UI.getCurrent().navigate("journeys/" + ids[0] + "/compare");
        var view = _get(JourneyCompareView.class);
        assertThat(view.from.getValue().label()).isEqualTo("Workshop one");
        assertThat(view.to.getValue()).isNull();
        assertThat(view.rows()).filteredOn(r -> r.touchpointId() == ids[2]).singleElement()
                .matches(r -> r.nevThen() == null && r.nevNow() == -100 && r.annotationsNow() == 1);
    }

    @Test
    void a_customer_cannot_open_the_comparison() {
        var ids = publishedMap("Comparison refused map");
        mapVersions.snapshot(ids[0], "First");
        loginAs("customer");
        UI.getCurrent().navigate("journeys/" + ids[0] + "/compare");
        assertThat(_find(JourneyCompareView.class)).isEmpty();
        _get(NoAccessView.class);
    }

    @Test
    void the_idea_page_shows_where_on_the_journey_the_idea_belongs_but_never_a_drafts_place() {
        var ids = publishedMap("Placed map");
        long draft = mapEditing.create(new MapDraft("Unpublished placed map", "", ""));
        long draftTouchpoint = touchpointEditing.addTouchpoint(stageEditing.addStage(draft, new StageDraft("Draft stage", "")),
                new TouchpointDraft("Draft touchpoint", "", TouchpointChannel.WEB, "", ""));
        long onDraft = annotations.add(draftTouchpoint, new AnnotationDraft(AnnotationKind.IDEA, Emotion.CALM, 2, 2,
                "Try this on the draft", null, true));
        long draftIdea = annotations.turnIntoIdea(onDraft, "An idea from a draft map", "Details");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long annotation = annotations.add(ids[2], new AnnotationDraft(AnnotationKind.IDEA, Emotion.CONFIDENT, 3, 3,
                "Call before delivering", null, true));
        long idea = annotations.turnIntoIdea(annotation, "Call before delivering", "Half an hour ahead");
        UI.getCurrent().navigate("ideas/" + idea);
        var place = _get(Paragraph.class, spec -> spec.withId("journey-place"));
        var link = _get(place, Anchor.class);
        assertThat(link.getHref()).isEqualTo("journeys/" + ids[0]);
        assertThat(link.getText()).isEqualTo("Placed map › During purchase › Delivery");

        UI.getCurrent().navigate("ideas/" + draftIdea);
        assertThat(_find(Paragraph.class, spec -> spec.withId("journey-place"))).isEmpty();
    }

    @Test
    void a_blank_map_title_and_touchpoint_name_are_shown_on_the_field_while_typing() {
        var ids = publishedMap("Checked while typing map");
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        var view = _get(JourneyEditView.class);
        view.title.setValue("   ");
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Give the map a title.");
        view.title.setValue("Checked while typing map");
        assertThat(view.title.isInvalid()).isFalse();
        view.openTouchpoint(journeys.map(ids[0]).stages().getFirst().id(), null);
        var name = _get(TextField.class, spec -> spec.withId("touchpoint-name"));
        name.setValue("x".repeat(TouchpointDraft.NAME_MAX + 1));
        assertThat(name.isInvalid()).isTrue();
        name.setValue(" ");
        assertThat(name.getErrorMessage()).isEqualTo("Give the touchpoint a name.");
    }

    @Test
    void the_field_errors_of_the_edit_form_are_in_polish_for_a_polish_speaker() {
        var ids = publishedMap("Sprawdzana mapa");
        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate("journeys/" + ids[0] + "/edit");
        var view = _get(JourneyEditView.class);
        view.title.setValue("");
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Nadaj mapie tytuł.");
        view.newStage.setValue("Etap");
        view.newStage.setValue(" ");
        assertThat(view.newStage.isInvalid()).isTrue();
        assertThat(view.newStage.getErrorMessage()).isEqualTo("Nadaj etapowi nazwę.");
        view.openTouchpoint(journeys.map(ids[0]).stages().getFirst().id(), null);
        var name = _get(TextField.class, spec -> spec.withId("touchpoint-name"));
        name.setValue("Infolinia");
        name.setValue("");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nadaj punktowi styku nazwę.");
    }

    @Test
    void a_blank_annotation_is_shown_on_its_text_field_in_english_and_in_polish() {
        var ids = publishedMap("Typed annotation map");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        _get(JourneyMapView.class).canvasAction("annotate:" + ids[1]);
        var dialog = _get(AnnotationDialog.class);
        dialog.text.setValue("Something");
        dialog.text.setValue("  ");
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Say in a few words what happened.");
        dialog.close();

        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        _get(JourneyMapView.class).canvasAction("annotate:" + ids[1]);
        var polish = _get(AnnotationDialog.class);
        polish.text.setValue("Coś");
        polish.text.setValue("");
        assertThat(polish.text.isInvalid()).isTrue();
        assertThat(polish.text.getErrorMessage()).isEqualTo("Napisz w kilku słowach, co się wydarzyło.");
        polish.text.setValue("x".repeat(AnnotationDraft.TEXT_MAX + 1));
        assertThat(polish.text.isInvalid()).isTrue();
        assertThat(annotations.count(ids[0], AnnotationFilter.all())).isZero();
    }
}
