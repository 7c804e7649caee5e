package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaAssignmentService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapTouchpoint;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Staff place an existing idea on a journey touchpoint from its page, and take it off again. */
class JourneyPlacementTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    IdeaAssignmentService assignment;

    @Autowired
    JourneyService journeys;

    @Autowired
    JdbcTemplate jdbc;

    private long map(String title, boolean published) {
        loginAs("staff");
        long map = journeys.create(new MapDraft(title, "", "Households"));
        long stage = journeys.addStage(map, new StageDraft("Delivery", ""));
        journeys.addTouchpoint(stage, new TouchpointDraft("Courier call", "", TouchpointChannel.PHONE, "Courier",
                "Dispatch"));
        if (published) {
            journeys.publish(map);
        }
        return map;
    }

    private long touchpointOn(long map) {
        return jdbc.queryForObject("select id from journey_touchpoint where map_id = ?", Long.class, map);
    }

    private long idea(String title) {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), Visibility.MEMBERS, null),
                List.of());
    }

    /** The map as the paged list offers it, paging on as the combo box does when scrolled. */
    private JourneySummary listedMap(long map) {
        for (int offset = 0; offset < 10_000; offset += 100) {
            var page = journeys.maps(offset, 100);
            var found = page.stream().filter(m -> m.id() == map).findFirst();
            if (found.isPresent() || page.isEmpty()) {
                return found.orElseThrow();
            }
        }
        throw new IllegalStateException("map " + map);
    }

    private Long touchpointOf(long idea) {
        return jdbc.queryForObject("select touchpoint_id from idea where id = ?", Long.class, idea);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_place_an_idea_on_a_touchpoint_chosen_map_first_and_then_take_it_off() {
        var title = "Placed map " + UUID.randomUUID();
        long map = map(title, true);
        long idea = idea("Call me before the courier comes " + map);
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + idea);
        _click(_get(Button.class, spec -> spec.withId("place-on-journey")));
        var maps = (ComboBox<JourneySummary>) _get(ComboBox.class, spec -> spec.withId("place-map"));
        maps.setValue(listedMap(map));
        var touchpoints = (ComboBox<MapTouchpoint>) _get(ComboBox.class, spec -> spec.withId("place-touchpoint"));
        assertThat(touchpoints.getItemLabelGenerator().apply(touchpoints.getListDataView().getItem(0)))
                .isEqualTo("Delivery: Courier call");
        touchpoints.setValue(touchpoints.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("save-placement")));

        assertThat(touchpointOf(idea)).isEqualTo(touchpointOn(map));
        assertThat(_get(Paragraph.class, spec -> spec.withId("journey-place")).getElement().getTextRecursively())
                .contains(title, "Delivery", "Courier call");

        _click(_get(Button.class, spec -> spec.withId("remove-from-journey")));
        assertThat(touchpointOf(idea)).isNull();
        assertThat(_find(Paragraph.class, spec -> spec.withId("journey-place"))).isEmpty();
    }

    @Test
    void a_touchpoint_that_does_not_exist_is_refused() {
        long idea = idea("Nowhere to place " + UUID.randomUUID());
        loginAs("staff");
        assertThatThrownBy(() -> assignment.placeOnTouchpoint(idea, 987_654_321L))
                .isInstanceOf(Problem.class).hasMessage("ideas.submit.touchpoint-unknown");
    }

    @Test
    void customers_see_no_placement_and_cannot_place_an_idea() {
        long map = map("Customer map " + UUID.randomUUID(), true);
        long idea = idea("Customer placement " + map);
        UI.getCurrent().navigate("ideas/" + idea);
        assertThat(_find(JourneyPlacement.class)).isEmpty();
        assertThatThrownBy(() -> assignment.placeOnTouchpoint(idea, touchpointOn(map)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(touchpointOf(idea)).isNull();
    }
}
