package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An idea is linked only to a touchpoint its author may see: one of a published map. The submit page
 * ignores any other id in its address and says so; the service refuses one outright.
 */
class TouchpointLinkTest extends KaribuTest {

    private static final long NO_SUCH_TOUCHPOINT = 987_654_321L;

    @Autowired
    IdeaService ideas;

    @Autowired
    JourneyService journeys;

    @Autowired
    JdbcTemplate jdbc;

    /** A touchpoint on a new map, published or left a draft; made by staff. */
    private long touchpoint(boolean published) {
        loginAs("staff");
        long map = journeys.create(new MapDraft(published ? "Published map" : "Unpublished map", "", "Households"));
        long stage = journeys.addStage(map, new StageDraft("Delivery", ""));
        long touchpoint = journeys.addTouchpoint(stage, new TouchpointDraft("Courier call", "", TouchpointChannel.PHONE,
                "Courier", "Dispatch"));
        if (published) {
            journeys.publish(map);
        }
        return touchpoint;
    }

    private SubmitView openSubmitPage(String touchpoint) {
        UI.getCurrent().navigate("ideas/new", QueryParameters.fromString("touchpoint=" + touchpoint));
        return _get(SubmitView.class);
    }

    private long submitThrough(SubmitView view, String title) {
        view.form.title.setValue(title);
        view.form.description.setValue("The courier should call before arriving.");
        _click(view.form.save);
        return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
    }

    private @Nullable Long touchpointOf(long ideaId) {
        return jdbc.queryForObject("select touchpoint_id from idea where id = ?", Long.class, ideaId);
    }

    @Test
    void a_touchpoint_of_a_published_map_is_linked_without_a_message() {
        long touchpoint = touchpoint(true);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var view = openSubmitPage(Long.toString(touchpoint));
        assertThat(view.touchpointIgnored.isVisible()).isFalse();
        long id = submitThrough(view, "Call before delivery " + touchpoint);
        assertThat(touchpointOf(id)).isEqualTo(touchpoint);
    }

    @Test
    void a_touchpoint_of_an_unpublished_map_is_ignored_with_a_message_and_the_idea_is_saved_without_it() {
        long hidden = touchpoint(false);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var view = openSubmitPage(Long.toString(hidden));
        assertThat(view.touchpointIgnored.isVisible()).isTrue();
        assertThat(view.touchpointIgnored.getText()).isEqualTo("The link you followed names a touchpoint of a "
                + "journey map that does not exist or is not published. Your idea will be submitted without it.");
        long id = submitThrough(view, "Call before delivery, draft " + hidden);
        assertThat(touchpointOf(id)).isNull();
    }

    @Test
    void an_unknown_touchpoint_is_ignored_with_a_message_in_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var view = openSubmitPage(Long.toString(NO_SUCH_TOUCHPOINT));
        assertThat(view.touchpointIgnored.isVisible()).isTrue();
        assertThat(view.touchpointIgnored.getText()).isEqualTo("Ten link wskazuje punkt styku na mapie podróży, "
                + "który nie istnieje albo nie jest opublikowany. Pomysł zostanie wysłany bez niego.");
        long id = submitThrough(view, "Telefon przed dostawą " + System.nanoTime());
        assertThat(touchpointOf(id)).isNull();
    }

    @Test
    void a_touchpoint_that_is_not_a_number_is_ignored_with_a_message() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThat(openSubmitPage("not-a-number").touchpointIgnored.isVisible()).isTrue();
    }

    @Test
    void the_service_refuses_a_touchpoint_the_member_may_not_see_and_saves_nothing() {
        long hidden = touchpoint(false);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long before = jdbc.queryForObject("select count(*) from idea", Long.class);
        for (long touchpoint : List.of(hidden, NO_SUCH_TOUCHPOINT)) {
            assertThatThrownBy(() -> ideas.submit(new IdeaDraft("Linked to a hidden touchpoint", "Details", null,
                    List.of(), Visibility.MEMBERS, touchpoint), List.of()))
                    .isInstanceOf(Problem.class).hasMessage("ideas.submit.touchpoint-unknown");
        }
        assertThat(jdbc.queryForObject("select count(*) from idea", Long.class)).isEqualTo(before);
    }

    @Test
    void staff_may_link_an_idea_to_a_touchpoint_of_a_draft_map_they_are_preparing() {
        long draft = touchpoint(false);
        long id = ideas.submit(new IdeaDraft("Staff idea on a draft map", "Details", null, List.of(),
                Visibility.MEMBERS, draft), List.of());
        assertThat(touchpointOf(id)).isEqualTo(draft);
    }
}
