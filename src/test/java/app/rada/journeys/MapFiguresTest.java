package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A map's sums are made once for all its viewers on a node and made again as soon as its annotations change
 * through the portal; a row that reaches the database without a signal shows once the sums are made again.
 */
class MapFiguresTest extends KaribuTest {

    @Autowired
    JourneyService journeys;

    @Autowired
    MapEditingService mapEditing;

    @Autowired
    StageEditingService stageEditing;

    @Autowired
    TouchpointEditingService touchpointEditing;

    @Autowired
    AnnotationService annotations;

    @Autowired
    MapFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_sums_are_kept_for_every_viewer_until_an_annotation_changes_them() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Kept sums journey", "Delivery of a fridge", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("Delivery", "Get it home"));
        long door = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("At the door", "The courier",
                TouchpointChannel.IN_PERSON, "Logistics", "Courier"));
        mapEditing.publish(map);

        var member = freshMember(Role.CUSTOMER, Language.EN);
        loginAsEmail(member);
        annotations.add(door, new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.ANGRY, 4, 4, "Late again", null,
                true));
        assertThat(journeys.map(map).scores().touchpoint(door).annotations()).isEqualTo(1);

        // a row written behind the portal's back sends no signal: viewers keep the sums they share
        long author = jdbc.queryForObject("select id from person where email = ?", Long.class, member);
        jdbc.update("""
                insert into journey_annotation (map_id, touchpoint_id, author_id, kind, emotion, valence, intensity,
                                                importance, text, show_name, created_at, version)
                values (?, ?, ?, 'LOVE_POINT', 'DELIGHTED', 1, 3, 3, 'Written elsewhere', true, ?, 0)""",
                map, door, author, Timestamp.from(Instant.now()));
        assertThat(journeys.map(map).scores().touchpoint(door).annotations()).isEqualTo(1);
        assertThat(journeys.map(map).pins().get(door)).containsOnlyKeys(AnnotationKind.PAIN_POINT);

        // an annotation through the portal: every node drops the map's sums before its views redraw
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(door, new AnnotationDraft(AnnotationKind.LOVE_POINT, Emotion.CALM, 2, 2, "Kind courier", null,
                true));
        assertThat(journeys.map(map).scores().touchpoint(door).annotations()).isEqualTo(3);
        assertThat(journeys.map(map).pins().get(door)).containsEntry(AnnotationKind.LOVE_POINT, 2)
                .containsEntry(AnnotationKind.PAIN_POINT, 1);
    }

    @Test
    void an_explicit_change_drops_the_sums_of_that_map_only() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Dropped sums journey", "Returns", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("Return", "Send it back"));
        long label = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Return label", "Printing it",
                TouchpointChannel.WEB, "Service", "Warehouse"));
        mapEditing.publish(map);
        var first = figures.of(map);
        assertThat(figures.of(map)).isSameAs(first);
        figures.changed(map + 1);
        assertThat(figures.of(map)).isSameAs(first);
        figures.changed(map);
        assertThat(figures.of(map)).isNotSameAs(first).isEqualTo(first);
        assertThat(label).isPositive();
    }
}
