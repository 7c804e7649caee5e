package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.notifications.NotificationItem;
import app.rada.notifications.NotificationService;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class JourneyServiceTest extends KaribuTest {

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

    @Autowired
    IdeaService ideas;

    @Autowired
    ApplicationEvents events;

    /** A published map with two stages of two touchpoints each, made by staff; returns its touchpoint ids. */
    private long[] publishedMap(String title) {
        long map = mapEditing.create(new MapDraft(title, "How a household buys online", "Households"));
        long before = stageEditing.addStage(map, new StageDraft("Before purchase", "Find the right fridge"));
        long during = stageEditing.addStage(map, new StageDraft("During purchase", "Pay and choose delivery"));
        long ads = touchpointEditing.addTouchpoint(before, touchpoint("Newsletter", TouchpointChannel.EMAIL));
        long reviews = touchpointEditing.addTouchpoint(before, touchpoint("Online reviews", TouchpointChannel.WEB));
        long checkout = touchpointEditing.addTouchpoint(during, touchpoint("Checkout", TouchpointChannel.WEB));
        long hotline = touchpointEditing.addTouchpoint(during, touchpoint("Hotline", TouchpointChannel.PHONE));
        mapEditing.publish(map);
        return new long[] {map, ads, reviews, checkout, hotline};
    }

    static TouchpointDraft touchpoint(String name, TouchpointChannel channel) {
        return new TouchpointDraft(name, "About " + name, channel, "Sales", "Logistics");
    }

    static AnnotationDraft annotation(AnnotationKind kind, Emotion emotion, int intensity, int importance) {
        return new AnnotationDraft(kind, emotion, intensity, importance, "It felt " + emotion, null, true);
    }

    @Test
    void staff_build_a_map_reorder_it_publish_and_duplicate_it_as_a_draft() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("  Service journey  ", "", "Firms"));
        long first = stageEditing.addStage(map, new StageDraft("Order", ""));
        long second = stageEditing.addStage(map, new StageDraft("Support", "Get help fast"));
        long a = touchpointEditing.addTouchpoint(second, touchpoint("Hotline", TouchpointChannel.PHONE));
        long b = touchpointEditing.addTouchpoint(second, touchpoint("E-mail desk", TouchpointChannel.EMAIL));
        stageEditing.moveStage(second, MoveDirection.EARLIER);
        touchpointEditing.moveTouchpoint(a, MoveDirection.LATER);
        touchpointEditing.moveTouchpoint(b, MoveDirection.EARLIER); // already first: stays
        var shown = journeys.map(map);
        assertThat(shown.title()).isEqualTo("Service journey");
        assertThat(shown.status()).isEqualTo(MapStatus.DRAFT);
        assertThat(shown.stages()).extracting(MapStage::id).containsExactly(second, first);
        assertThat(shown.stages().getFirst().touchpoints()).extracting(MapTouchpoint::id).containsExactly(b, a);

        mapEditing.publish(map);
        long copy = mapEditing.duplicate(map, "Service journey, 2027");
        var copied = journeys.map(copy);
        assertThat(copied.status()).isEqualTo(MapStatus.DRAFT);
        assertThat(copied.stages()).extracting(MapStage::name).containsExactly("Support", "Order");
        assertThat(copied.stages().getFirst().touchpoints()).extracting(MapTouchpoint::name)
                .containsExactly("E-mail desk", "Hotline");
        assertThat(journeys.map(map).status()).isEqualTo(MapStatus.PUBLISHED);
    }

    @Test
    void dragging_places_a_stage_and_moves_a_touchpoint_into_another_stage() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Drag map", "", ""));
        long buy = stageEditing.addStage(map, new StageDraft("Buy", ""));
        long deliver = stageEditing.addStage(map, new StageDraft("Deliver", ""));
        long use = stageEditing.addStage(map, new StageDraft("Use", ""));
        long shop = touchpointEditing.addTouchpoint(buy, touchpoint("Shop", TouchpointChannel.WEB));
        long courier = touchpointEditing.addTouchpoint(deliver, touchpoint("Courier", TouchpointChannel.IN_PERSON));
        long sms = touchpointEditing.addTouchpoint(deliver, touchpoint("Text message", TouchpointChannel.MOBILE));

        stageEditing.placeStage(use, 0);
        touchpointEditing.placeTouchpoint(sms, buy, 0);
        var shown = journeys.map(map);
        assertThat(shown.stages()).extracting(MapStage::id).containsExactly(use, buy, deliver);
        assertThat(shown.stages().get(1).touchpoints()).extracting(MapTouchpoint::id).containsExactly(sms, shop);
        assertThat(shown.stages().get(2).touchpoints()).extracting(MapTouchpoint::id).containsExactly(courier);

        // past the end means last; a stage of another map is refused
        touchpointEditing.placeTouchpoint(sms, buy, 99);
        assertThat(journeys.map(map).stages().get(1).touchpoints()).extracting(MapTouchpoint::id)
                .containsExactly(shop, sms);
        long other = mapEditing.create(new MapDraft("Another map", "", ""));
        long elsewhere = stageEditing.addStage(other, new StageDraft("Elsewhere", ""));
        assertThatThrownBy(() -> touchpointEditing.placeTouchpoint(sms, elsewhere, 0)).hasMessage("journeys.edit.other-map");

        loginAs("customer");
        assertThatThrownBy(() -> stageEditing.placeStage(use, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> touchpointEditing.placeTouchpoint(sms, deliver, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_services_refuse_what_the_draft_constraints_refuse_with_the_same_keys_the_forms_show() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Constrained map", "", ""));
        assertThatThrownBy(() -> stageEditing.addStage(map, new StageDraft("  ", "")))
                .isInstanceOf(Problem.class).hasMessage("journeys.stage.name.missing");
        long stage = stageEditing.addStage(map, new StageDraft("Order", ""));
        assertThatThrownBy(() -> touchpointEditing.addTouchpoint(stage, new TouchpointDraft("", "", TouchpointChannel.WEB,
                "", ""))).isInstanceOf(Problem.class).hasMessage("journeys.touchpoint.name.missing");
        assertThatThrownBy(() -> mapEditing.edit(map, new MapDraft("Constrained map",
                "x".repeat(MapDraft.DESCRIPTION_MAX + 1), "")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.args()).containsExactly(MapDraft.DESCRIPTION_MAX))
                .hasMessage("journeys.field.too-long");
        // a title padded with spaces is measured without them
        mapEditing.edit(map, new MapDraft("  " + "t".repeat(MapDraft.TITLE_MAX) + "  ", "", ""));
        assertThat(journeys.map(map).title()).hasSize(MapDraft.TITLE_MAX);
    }

    @Test
    void a_map_without_touchpoints_cannot_be_published_and_an_archived_map_cannot_be_edited() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Empty map", "", ""));
        assertThatThrownBy(() -> mapEditing.publish(map)).isInstanceOf(Problem.class).hasMessage("journeys.publish.empty");
        assertThatThrownBy(() -> mapEditing.create(new MapDraft(" ", "", ""))).isInstanceOf(Problem.class)
                .hasMessage("journeys.map.title.missing");
        mapEditing.archive(map);
        assertThatThrownBy(() -> stageEditing.addStage(map, new StageDraft("Late", ""))).isInstanceOf(Problem.class)
                .hasMessage("journeys.edit.archived");
    }

    @Test
    void a_customer_never_sees_a_draft_and_cannot_change_a_map() {
        loginAs("staff");
        long draft = mapEditing.create(new MapDraft("Secret draft map", "", ""));
        long stage = stageEditing.addStage(draft, new StageDraft("Before", ""));
        long tp = touchpointEditing.addTouchpoint(stage, touchpoint("Leaflet", TouchpointChannel.OTHER));
        loginAs("customer");
        assertThatThrownBy(() -> journeys.map(draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(journeys.maps(0, 100)).extracting(JourneySummary::id).doesNotContain(draft);
        assertThatThrownBy(() -> annotations.add(tp, annotation(AnnotationKind.IDEA, Emotion.CALM, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.list(draft, AnnotationFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mapEditing.create(new MapDraft("Mine", "", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stageEditing.addStage(draft, new StageDraft("X", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mapEditing.publish(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stageEditing.moveStage(stage, MoveDirection.LATER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void annotations_and_me_too_add_up_to_the_touchpoints_scores() {
        loginAs("staff");
        var ids = publishedMap("Scored journey");
        long map = ids[0];
        long checkout = ids[3];
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long angry = annotations.add(checkout, annotation(AnnotationKind.MOMENT_OF_TRUTH, Emotion.ANGRY, 4, 5));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(checkout, annotation(AnnotationKind.LOVE_POINT, Emotion.CALM, 2, 3));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThat(annotations.toggleMeToo(angry)).isEqualTo(new ReactionState(true, 1));

        var score = journeys.map(map).scores().touchpoint(checkout);
        // P = 2, N = 4: NEV 100 × (2 − 4) / 6 = −33; emotion (2 − 4) / 2 = −1
        assertThat(score.nev()).isEqualTo(-33);
        assertThat(score.emotion()).isEqualTo(-1.0);
        assertThat(score.annotations()).isEqualTo(2);
        // two annotators and one "me too", all from the same bakery
        assertThat(score.people()).isEqualTo(3);
        assertThat(score.organisations()).isEqualTo(1);
        assertThat(score.segmentShares()).hasSize(1).containsValue(1.0);
        // I = 4, R = 3, N share 4/6, M = 1/2: 4 × 3 × 0.667 × 1.5 = 12
        assertThat(score.priority()).isEqualTo(12.0);
        assertThat(journeys.map(map).scores().hotspots().getFirst().touchpointId()).isEqualTo(checkout);
        assertThat(journeys.map(map).scores().touchpoint(ids[1]).nev()).isNull();
        assertThat(journeys.map(map).pins().get(checkout)).containsEntry(AnnotationKind.MOMENT_OF_TRUTH, 1)
                .containsEntry(AnnotationKind.LOVE_POINT, 1);
        assertThat(events.stream(AnnotationAdded.class).filter(e -> e.touchpointId() == checkout)).hasSize(2);
        assertThat(events.stream(AnnotationReacted.class).filter(e -> e.annotationId() == angry)).hasSize(1);
    }

    @Test
    void members_edit_and_delete_only_their_own_annotations_and_say_me_too_once() {
        loginAs("staff");
        var ids = publishedMap("Own annotations journey");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long mine = annotations.add(ids[4], annotation(AnnotationKind.HATE_POINT, Emotion.FRUSTRATED, 5, 5));
        assertThatThrownBy(() -> annotations.toggleMeToo(mine)).isInstanceOf(Problem.class)
                .hasMessage("journeys.me-too.own");
        annotations.edit(mine, new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.ANXIOUS, 3, 4, "Nobody answers",
                null, false));
        var item = annotations.list(ids[0], AnnotationFilter.all(), 0, 10).getFirst();
        assertThat(item.text()).isEqualTo("Nobody answers");
        assertThat(item.kind()).isEqualTo(AnnotationKind.PAIN_POINT);
        assertThat(item.edited()).isTrue();
        assertThat(item.mine()).isTrue();

        var other = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> annotations.edit(mine, annotation(AnnotationKind.IDEA, Emotion.CALM, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.delete(mine)).isInstanceOf(AccessDeniedException.class);
        // the author chose to hide their name from other members
        assertThat(annotations.list(ids[0], AnnotationFilter.all(), 0, 10).getFirst().authorName()).isEmpty();
        assertThat(annotations.toggleMeToo(mine).reacted()).isTrue();
        assertThat(annotations.toggleMeToo(mine)).isEqualTo(new ReactionState(false, 0));
        assertThat(other.personId()).isPositive();

        loginAs("staff");
        assertThat(annotations.list(ids[0], AnnotationFilter.all(), 0, 10).getFirst().authorName()).isPresent();
    }

    @Test
    void bad_annotations_are_refused_with_a_reason_and_nothing_is_saved() {
        loginAs("staff");
        var ids = publishedMap("Checked journey");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> annotations.add(ids[1], annotation(AnnotationKind.IDEA, Emotion.CALM, 6, 1)))
                .isInstanceOf(Problem.class).hasMessage("journeys.annotation.scale");
        assertThatThrownBy(() -> annotations.add(ids[1], new AnnotationDraft(AnnotationKind.IDEA, Emotion.CALM, 1, 1,
                "   ", null, true))).isInstanceOf(Problem.class).hasMessage("journeys.annotation.text.missing");
        assertThatThrownBy(() -> annotations.add(ids[1], new AnnotationDraft(AnnotationKind.IDEA, Emotion.CALM, 1, 1,
                "x".repeat(AnnotationDraft.TEXT_MAX + 1), null, true))).isInstanceOf(Problem.class)
                .hasMessage("journeys.field.too-long");
        assertThat(annotations.count(ids[0], AnnotationFilter.all())).isZero();
    }

    @Test
    void annotations_are_filtered_by_kind_and_emotion_and_staff_also_by_segment() {
        loginAs("staff");
        var ids = publishedMap("Filtered journey");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[1], annotation(AnnotationKind.LOVE_POINT, Emotion.DELIGHTED, 5, 2));
        annotations.add(ids[2], annotation(AnnotationKind.HATE_POINT, Emotion.ANGRY, 5, 2));
        annotations.add(ids[2], annotation(AnnotationKind.QUESTION, Emotion.CONFUSED, 2, 2));
        var hate = new AnnotationFilter(null, Set.of(AnnotationKind.HATE_POINT), Set.of(), null, null);
        assertThat(annotations.list(ids[0], hate, 0, 10)).extracting(AnnotationItem::emotion)
                .containsExactly(Emotion.ANGRY);
        var confused = new AnnotationFilter(ids[2], Set.of(), Set.of(Emotion.CONFUSED, Emotion.DELIGHTED), null, null);
        assertThat(annotations.list(ids[0], confused, 0, 10)).extracting(AnnotationItem::kind)
                .containsExactly(AnnotationKind.QUESTION);
        var bySegment = new AnnotationFilter(null, Set.of(), Set.of(), null, 1L);
        assertThatThrownBy(() -> annotations.list(ids[0], bySegment, 0, 10)).isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        var growth = SystemActor.call(() -> context.getBean(PeopleService.class)
                .segments()).stream().filter(s -> s.code().equals("growth")).findFirst().orElseThrow().id();
        assertThat(annotations.count(ids[0], new AnnotationFilter(null, Set.of(), Set.of(), null, growth))).isEqualTo(3);
        assertThat(annotations.count(ids[0], new AnnotationFilter(null, Set.of(), Set.of(), null, growth + 100))).isZero();
    }

    @Test
    void an_annotation_turned_into_an_idea_is_linked_to_its_touchpoint_and_shown_on_the_map() {
        loginAs("staff");
        var ids = publishedMap("Idea journey");
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long annotation = annotations.add(ids[3], annotation(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED, 4, 4));
        long idea = annotations.turnIntoIdea(annotation, "Show delivery costs before checkout", "It surprised me.");
        assertThat(ideas.summary(idea)).map(IdeaSummary::touchpointId).contains(ids[3]);
        assertThat(journeys.map(ids[0]).ideas().get(ids[3])).extracting(IdeaSummary::id).containsExactly(idea);
        assertThat(annotations.list(ids[0], AnnotationFilter.all(), 0, 1).getFirst().ideaId()).isEqualTo(idea);
        assertThatThrownBy(() -> annotations.turnIntoIdea(annotation, "Again the same idea", "x"))
                .isInstanceOf(Problem.class).hasMessage("journeys.idea.already");
        assertThat(events.stream(AnnotationTurnedIntoIdea.class).filter(e -> e.annotationId() == annotation))
                .singleElement().matches(e -> e.annotatorId() == author.personId() && e.ideaId() == idea);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> annotations.turnIntoIdea(annotation, "Someone else's idea", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of(idea)).isNotEmpty();
    }

    @Test
    void the_demo_programme_has_both_journeys_published_with_about_a_hundred_annotations_each() {
        loginAs("customer");
        var maps = journeys.maps(0, 100);
        assertThat(maps).extracting(JourneySummary::title)
                .contains("Buying a home appliance online", "Service contract for firms");
        for (var summary : maps.stream().filter(m -> m.title().equals("Buying a home appliance online")
                || m.title().equals("Service contract for firms")).toList()) {
            assertThat(summary.annotations()).isBetween(90, 110);
            var map = journeys.map(summary.id());
            assertThat(map.scores().hotspots()).isNotEmpty();
            // annotations come from members of more than one segment
            assertThat(map.scores().touchpoints().values().stream()
                    .flatMap(t -> t.segmentShares().keySet().stream()).distinct().count()).isGreaterThan(1);
            assertThat(map.ideas()).isNotEmpty();
        }
        var retail = journeys.map(maps.stream().filter(m -> m.title().equals("Buying a home appliance online"))
                .findFirst().orElseThrow().id());
        assertThat(retail.stages()).extracting(MapStage::name)
                .containsExactly("Before purchase", "During purchase", "After purchase");
        var service = journeys.map(maps.stream().filter(m -> m.title().equals("Service contract for firms"))
                .findFirst().orElseThrow().id());
        var top = service.touchpoint(service.scores().hotspots().getFirst().touchpointId()).orElseThrow();
        assertThat(top.name()).isEqualTo("Hotline before 9 a.m.");
    }

    @Test
    void a_saved_version_is_compared_with_now_touchpoint_by_touchpoint_with_the_ideas_done_in_between() {
        loginAs("staff");
        var ids = publishedMap("Versioned journey");
        var jdbc = context.getBean(JdbcTemplate.class);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[4], annotation(AnnotationKind.HATE_POINT, Emotion.ANGRY, 5, 5));
        loginAs("staff");
        assertThatThrownBy(() -> mapVersions.snapshot(ids[0], " ")).isInstanceOf(Problem.class)
                .hasMessage("journeys.version.label.missing");
        var first = mapVersions.snapshot(ids[0], "Before the fix");
        assertThat(first.number()).isEqualTo(1);

        var member = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(ids[4], annotation(AnnotationKind.LOVE_POINT, Emotion.RELIEVED, 5, 4));
        long idea = annotations.turnIntoIdea(annotations.list(ids[0], AnnotationFilter.all(), 0, 1).getFirst().id(),
                "Answer the hotline from 7 a.m.", "Mornings matter");
        jdbc.update("update idea set status = 'DONE', done_at = ? where id = ?",
                Timestamp.from(Instant.now()), idea);
        assertThat(member.personId()).isPositive();

        loginAs("staff");
        var comparison = mapVersions.compare(ids[0], first.id(), null);
        var hotline = comparison.rows().stream().filter(r -> r.touchpointId() == ids[4]).findFirst().orElseThrow();
        // then: only anger (NEV −100); now: 5 positive against 5 negative (NEV 0)
        assertThat(hotline.nevThen()).isEqualTo(-100);
        assertThat(hotline.nevNow()).isZero();
        assertThat(hotline.change()).isEqualTo(100);
        assertThat(hotline.annotationsThen()).isEqualTo(1);
        assertThat(hotline.annotationsNow()).isEqualTo(2);
        assertThat(hotline.ideasDone()).extracting(IdeaSummary::id).containsExactly(idea);
        var untouched = comparison.rows().stream().filter(r -> r.touchpointId() == ids[1]).findFirst().orElseThrow();
        assertThat(untouched.nevThen()).isNull();
        assertThat(untouched.nevNow()).isNull();
        assertThat(untouched.ideasDone()).isEmpty();

        var second = mapVersions.snapshot(ids[0], "After the fix");
        assertThat(second.number()).isEqualTo(2);
        assertThat(mapVersions.versions(ids[0])).extracting(MapVersion::label).containsExactly("After the fix", "Before the fix");
        assertThat(mapVersions.compare(ids[0], first.id(), second.id()).rows()).filteredOn(r -> r.touchpointId() == ids[4])
                .singleElement().matches(r -> r.nevNow() == 0 && r.annotationsNow() == 2);

        loginAs("customer");
        assertThatThrownBy(() -> mapVersions.snapshot(ids[0], "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mapVersions.compare(ids[0], first.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_annotator_is_told_when_staff_turn_their_annotation_into_an_idea() throws InterruptedException {
        loginAs("staff");
        var ids = publishedMap("Told journey");
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long annotation = annotations.add(ids[2], annotation(AnnotationKind.IDEA, Emotion.CONFIDENT, 3, 4));
        loginAs("staff");
        long idea = annotations.turnIntoIdea(annotation, "Show reviews with photos first", "From the map");
        var notifications = context.getBean(NotificationService.class);
        loginAsEmail(author.email());
        List<NotificationItem> found = List.of();
        for (int i = 0; i < 50 && found.isEmpty(); i++) {
            Thread.sleep(100);
            found = notifications.page(author.personId(), 0, 10).stream()
                    .filter(n -> n.titleKey().equals("journeys.notice.turned-into-idea")).toList();
        }
        assertThat(found).singleElement().matches(n -> ("ideas/" + idea).equals(n.link()));
    }
}
