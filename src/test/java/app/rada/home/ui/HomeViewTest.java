package app.rada.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.security.ui.LoginView;
import app.rada.shared.ui.Chart;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    PeopleService people;

    @Test
    void a_customer_is_welcomed_by_name_with_the_customer_introduction() {
        loginAs("customer");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, spec -> spec.withId("welcome-heading")).getText())
                .isEqualTo("Welcome, Marek Kowalczyk");
        assertThat(_get(Paragraph.class, spec -> spec.withId("welcome-intro")).getText())
                .contains("every suggestion gets an answer");
    }

    @Test
    void staff_see_the_programme_in_figures() {
        loginAs("staff");
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("welcome-intro")).getText())
                .contains("Every customer's voice deserves an answer");
        // the demo programme has sixteen people in three segments
        var members = _get(Div.class, spec -> spec.withId("figure-members")).getElement().getTextRecursively();
        assertThat(members).isEqualTo(people.summary().activeMembers() + "active members");
        var segments = _get(Div.class, spec -> spec.withId("figure-segments")).getElement().getTextRecursively();
        assertThat(segments).isEqualTo("3customer segments");
    }

    @Test
    void staff_see_members_by_segment_as_a_chart_with_a_text_summary() {
        loginAs("staff");
        UI.getCurrent().navigate("");
        var chart = _get(Chart.class, spec -> spec.withId("segment-chart"));
        var counts = people.membersBySegment();
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Active members by segment: Strategic "
                + counts.get(0).members() + ", Growth " + counts.get(1).members() + ", Standard " + counts.get(2).members());
        assertThat(chart.optionJson()).contains("\"data\":[" + counts.get(0).members() + ","
                + counts.get(1).members() + "," + counts.get(2).members() + "]");
    }

    @Test
    void customers_do_not_get_the_segment_chart() {
        loginAs("customer");
        UI.getCurrent().navigate("");
        _assertNone(Chart.class);
    }

    @Test
    void figures_use_polish_plural_forms() {
        loginAsEmail("ewa.lis@rada.demo");
        UI.getCurrent().navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("figure-members")).getElement().getTextRecursively())
                .endsWith("aktywnych uczestników");
        assertThat(_get(Div.class, spec -> spec.withId("figure-board")).getElement().getTextRecursively())
                .matches("\\d+(członków rady klientów|członek rady klientów)");
        assertThat(_get(Div.class, spec -> spec.withId("figure-segments")).getElement().getTextRecursively())
                .isEqualTo("3segmenty klientów");
    }

    @Test
    void the_start_page_is_refused_to_anonymous_visitors() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }
}
