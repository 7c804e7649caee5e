package app.rada.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.people.OrganisationService;
import app.rada.people.PeopleDirectory;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Chart;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start page each role meets: what needs them now, and, for staff, the programme in figures. */
class HomeViewTest extends KaribuTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdeaService ideas;
    @Autowired
    TriageService triage;

    private static String text(String id) {
        return _get(AgendaCard.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static List<String> cardIds() {
        return _find(AgendaCard.class).stream().map(c -> c.getId().orElse("")).toList();
    }

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
    void a_member_reads_what_staff_did_with_their_idea_since_the_last_visit_and_where_to_act() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var title = "Paper receipts by post " + System.nanoTime();
        loginAsEmail(email);
        long idea = ideas.submit(new IdeaDraft(title, "Some of us keep paper records", null, List.of(),
                Visibility.MEMBERS, null), List.of());
        UI.getCurrent().navigate("");
        assertThat(text("start-idea-news")).contains("Nothing new on your ideas");

        loginAs("staff");
        triage.changeStatus(idea, IdeaStatus.PLANNED, "We will send them from March.");
        loginAsEmail(email);
        UI.getCurrent().navigate("");
        var news = text("start-idea-news");
        assertThat(news).contains(title, "Planned", "Staff answered your idea and moved it to this status");
        var link = _get(AgendaCard.class, spec -> spec.withId("start-idea-news")).getElement();
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("ideas/" + idea);
        assertThat(link.getTextRecursively()).doesNotContain("Nothing new");
        // a member's own cards, and none of the staff's
        assertThat(cardIds()).contains("start-sessions", "start-journeys", "start-points")
                .doesNotContain("start-first-answers", "start-setup", "start-ballots");
    }

    @Test
    void customers_do_not_get_the_programme_figures_or_the_segment_chart() {
        loginAs("customer");
        UI.getCurrent().navigate("");
        _assertNone(Chart.class);
        assertThat(_find(Div.class, spec -> spec.withId("figure-members"))).isEmpty();
    }

    @Test
    void a_board_member_sees_the_ballots_waiting_for_their_vote() {
        loginAs("board");
        UI.getCurrent().navigate("");
        assertThat(text("start-ballots")).startsWith("Ballots waiting for your vote");
    }

    @Test
    void staff_see_new_ideas_waiting_for_a_first_answer_oldest_first_and_no_member_cards() {
        var title = "Invoices in euro " + System.nanoTime();
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.submit(new IdeaDraft(title, "For our branch in Berlin", null, List.of(), Visibility.MEMBERS, null),
                List.of());
        loginAs("staff");
        UI.getCurrent().navigate("");
        var card = text("start-first-answers");
        assertThat(card).startsWith("Waiting for a first answer").contains("day target");
        assertThat(cardIds()).contains("start-first-answers", "start-ballots", "start-sessions", "start-journeys")
                .doesNotContain("start-idea-news", "start-points", "start-setup", "start-invitations");
        assertThat(text("start-ballots")).startsWith("Ballots closing soon");
    }

    @Test
    void staff_see_the_programme_in_figures() {
        loginAs("staff");
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("welcome-intro")).getText())
                .contains("Every customer's voice deserves an answer");
        var members = _get(Div.class, spec -> spec.withId("figure-members")).getElement().getTextRecursively();
        assertThat(members).isEqualTo(directory.summary().activeMembers() + "active members");
        var segments = _get(Div.class, spec -> spec.withId("figure-segments")).getElement().getTextRecursively();
        assertThat(segments).isEqualTo("3customer segments");
    }

    @Test
    void staff_see_members_by_segment_as_a_chart_with_a_text_summary() {
        loginAs("staff");
        UI.getCurrent().navigate("");
        var chart = _get(Chart.class, spec -> spec.withId("segment-chart"));
        var counts = organisations.membersBySegment();
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Active members by segment: Strategic "
                + counts.get(0).members() + ", Growth " + counts.get(1).members() + ", Standard " + counts.get(2).members());
        assertThat(chart.optionJson()).contains("\"data\":[" + counts.get(0).members() + ","
                + counts.get(1).members() + "," + counts.get(2).members() + "]");
    }

    @Test
    void an_administrator_also_sees_the_settings_still_to_make() {
        loginAs("admin");
        UI.getCurrent().navigate("");
        // the test installation runs the demo programme with links to localhost
        assertThat(text("start-setup")).contains("The demo programme is loaded", "RADA_DEMO=false",
                "Links in mail point to localhost", "RADA_BASE_URL");
        assertThat(cardIds()).contains("start-first-answers");
    }

    @Test
    void a_polish_member_reads_the_cards_in_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        UI.getCurrent().navigate("");
        assertThat(text("start-idea-news")).startsWith("Twoje pomysły od ostatniej wizyty");
        assertThat(text("start-points")).contains("Do wydania: ");
    }

    @Test
    void figures_use_polish_plural_forms() {
        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("figure-members")).getElement().getTextRecursively())
                .endsWith("aktywnych uczestników");
        assertThat(_get(Div.class, spec -> spec.withId("figure-segments")).getElement().getTextRecursively())
                .isEqualTo("3segmenty klientów");
    }

    @Test
    void the_start_page_is_refused_to_anonymous_visitors() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }
}
