package app.rada.journeys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.AnnotationDraft;
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
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each touchpoint on the map says which segments the people heard there come from, and in what share. */
class SegmentSharesOnMapTest extends KaribuTest {

    @Autowired
    MapEditingService mapEditing;

    @Autowired
    StageEditingService stageEditing;

    @Autowired
    TouchpointEditingService touchpointEditing;

    @Autowired
    AnnotationService annotations;

    @Autowired
    JdbcTemplate jdbc;

    private long[] map() {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Segment shares map", "Shares of voices", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("After purchase", "Get help"));
        long hotline = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Hotline", "", TouchpointChannel.PHONE,
                "Call centre", "Service"));
        mapEditing.publish(map);
        return new long[] {map, hotline};
    }

    private String segmentOf(String email, String column) {
        return jdbc.queryForObject("select s." + column + " from person p join organisation o on o.id = p.organisation_id "
                + "join segment s on s.id = o.segment_id where p.email = ?", String.class, email);
    }

    @Test
    void the_touchpoint_shows_the_share_of_each_segment_among_the_people_heard_there() {
        var ids = map();
        var email = freshMember(Role.CUSTOMER, Language.EN);
        loginAsEmail(email);
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 4, 4,
                "Nobody answers before nine", null, true));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        assertThat(Jsoup.parseBodyFragment(view.canvas.markup()).text()).contains(segmentOf(email, "name_en") + ": 100%");
    }

    @Test
    void in_polish_the_segment_is_named_in_polish() {
        var ids = map();
        var email = freshMember(Role.CUSTOMER, Language.PL);
        loginAsEmail(email);
        annotations.add(ids[1], new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 4, 4,
                "Nikt nie odbiera przed dziewiątą", null, true));
        UI.getCurrent().navigate("journeys/" + ids[0]);
        var view = _get(JourneyMapView.class);
        var text = Jsoup.parseBodyFragment(view.canvas.markup()).text();
        assertThat(text).contains(segmentOf(email, "name_pl") + ": 100");
        assertThat(text).doesNotContain("NEV").doesNotContain("Front:");
    }
}
