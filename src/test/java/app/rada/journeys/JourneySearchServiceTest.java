package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.Segment;
import app.rada.support.KaribuTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal-wide search finds journey annotations by word forms, on the maps the person may open. */
class JourneySearchServiceTest extends KaribuTest {

    @Autowired
    MapEditingService mapEditing;

    @Autowired
    StageEditingService stageEditing;

    @Autowired
    TouchpointEditingService touchpointEditing;

    @Autowired
    AnnotationService annotations;

    @Autowired
    JourneySearchService search;

    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A map with one touchpoint, as staff; returns the map and the touchpoint. */
    private long[] map(String title, boolean publish) {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft(title, "A journey for the search tests", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("After purchase", "Get the goods home"));
        long touchpoint = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Delivery", "The courier arrives",
                TouchpointChannel.IN_PERSON, "Couriers", "Warehouse"));
        if (publish) {
            mapEditing.publish(map);
        }
        return new long[] {map, touchpoint};
    }

    private long annotate(long touchpoint, String text) {
        return annotations.add(touchpoint, new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 4, 4, text,
                null, true));
    }

    private List<Long> found(String text) {
        return search.annotations(text, 0, 20).stream().map(SearchHit::id).toList();
    }

    @Test
    void polish_and_english_words_find_annotations_written_with_other_forms() {
        var ids = map("Search map", true);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = mark();
        long polish = annotate(ids[1], "Lodówki przywieźli na zły adres " + mark);
        long english = annotate(ids[1], "Two deliveries went to the invoice address " + mark);
        assertThat(found("lodówka " + mark)).containsExactly(polish);
        assertThat(found("delivery " + mark)).containsExactly(english);

        var hit = search.annotations("lodówka " + mark, 0, 5).getFirst();
        assertThat(hit.target()).isEqualTo("journeys/" + ids[0]);
        assertThat(hit.titleText()).isEqualTo("Delivery · Search map");
        assertThat(hit.snippet()).filteredOn(Segment::matched).extracting(Segment::text).containsExactly("Lodówki", mark);
    }

    @Test
    void an_edited_annotation_is_found_by_its_new_words_only() {
        var ids = map("Edited search map", true);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var mark = mark();
        long annotation = annotate(ids[1], "The courier never called " + mark);
        annotations.edit(annotation, new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 4, 4,
                "The parcels came late " + mark, null, true));
        assertThat(found("courier " + mark)).isEmpty();
        assertThat(found("parcel " + mark)).containsExactly(annotation);
    }

    @Test
    void members_do_not_find_annotations_on_draft_maps_but_staff_do() {
        var ids = map("Draft search map", false);
        var mark = mark();
        long annotation = annotate(ids[1], "Staff try the draft with deliveries " + mark);
        assertThat(found("delivery " + mark)).containsExactly(annotation);
        loginAs("customer");
        assertThat(found("delivery " + mark)).isEmpty();
    }
}
