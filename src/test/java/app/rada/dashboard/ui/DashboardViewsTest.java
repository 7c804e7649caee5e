package app.rada.dashboard.ui;

import static app.rada.rewards.RewardTesting.user;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.NoAccessView;
import app.rada.shared.ui.NotFoundView;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardViewsTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private static String figure(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private long idea(long authorId, String status, String created, Duration toAnswer) {
        var at = Instant.parse(created);
        jdbc.update("""
                insert into idea (title, description, author_id, visibility, moderation, status, listed, created_at,
                                  status_changed_at, first_answer_at, last_answer_at, answer_seconds)
                values ('Seen on the dashboard', 'Counted', ?, 'MEMBERS', 'APPROVED', ?, true, ?, ?, ?, ?, ?)""",
                authorId, status, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at.plus(toAnswer)),
                Timestamp.from(at.plus(toAnswer)), toAnswer.toSeconds());
        return jdbc.queryForObject("select max(id) from idea where author_id = ?", Long.class, authorId);
    }

    @Test
    void staff_see_the_figures_of_the_span_they_choose_with_charts_and_a_csv_download() {
        var author = user(people, freshMember(Role.CUSTOMER, Language.EN));
        idea(author.personId(), "PLANNED", "2024-11-05T10:00:00Z", Duration.ofDays(2));
        idea(author.personId(), "UNDER_REVIEW", "2024-11-06T10:00:00Z", Duration.ofDays(9));
        loginAs("staff");
        UI.getCurrent().navigate(DashboardNavigation.DASHBOARD);
        var view = _get(DashboardView.class);
        assertThat(view.getPageTitle()).isEqualTo("Dashboard");
        view.span.from.setValue(LocalDate.of(2024, 11, 1));
        view.span.to.setValue(LocalDate.of(2024, 11, 30));
        _click(view.span.show);

        assertThat(figure("figure-submitted")).isEqualTo("2");
        // answers after 2 and 9 days: the median is 5.5 days, one of two within a week
        assertThat(figure("figure-median-answer")).isEqualTo("5 days");
        assertThat(figure("figure-within-week")).isEqualTo("50%");
        assertThat(figure("figure-median-done")).isEqualTo("–");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-funnel")).optionJson()).contains("\"data\":[2,2,1,0,0]");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-funnel")).getElement().getAttribute("aria-label"))
                .contains("Submitted 2", "Reviewed 2", "Planned 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("turnout-empty")).getText())
                .isEqualTo("No ballot closed in this span.");
        assertThat(_get(Div.class, spec -> spec.withId("sessions-figures"))
                .getElement().getTextRecursively()).startsWith("No design sessions yet");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-export")).getHref()).isNotBlank();
        assertThat(view.shown).isNotNull();
        assertThat(view.shown.ideas().submitted()).isEqualTo(2);
    }

    @Test
    void the_default_span_shows_the_demo_programme_and_a_wrong_span_is_explained() {
        loginAs("admin");
        UI.getCurrent().navigate(DashboardNavigation.DASHBOARD);
        var view = _get(DashboardView.class);
        assertThat(Integer.parseInt(figure("figure-submitted").replace(",", ""))).isPositive();
        _get(Chart.class, spec -> spec.withId("chart-active"));
        _get(Chart.class, spec -> spec.withId("chart-points"));
        assertThat(_get(Anchor.class, spec -> spec.withId("figure-pending")).getHref()).isEqualTo("staff/rewards");
        view.span.from.setValue(LocalDate.of(2024, 6, 2));
        view.span.to.setValue(LocalDate.of(2024, 6, 1));
        _click(view.span.show);
        assertThat(view.error.getText()).isEqualTo("The first day must not come after the last.");
    }

    @Test
    void an_organisations_page_shows_what_its_people_did_and_links_back() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        idea(member.personId(), "DONE", "2024-12-03T10:00:00Z", Duration.ofDays(1));
        loginAs("staff");
        UI.getCurrent().navigate(DashboardNavigation.organisation(member.organisationId()));
        var view = _get(OrganisationDashboardView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Piekarnia Złoty Kłos");
        assertThat(view.getPageTitle()).isEqualTo("Piekarnia Złoty Kłos");
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-about")).getText()).startsWith("Segment: Growth.");
        var picker = view.span;
        assertThat(picker).isNotNull();
        picker.from.setValue(LocalDate.of(2024, 12, 1));
        picker.to.setValue(LocalDate.of(2024, 12, 31));
        _click(picker.show);
        assertThat(figure("org-ideas")).isEqualTo("1");
        assertThat(figure("org-answered")).isEqualTo("1 of 1");
        assertThat(figure("org-sessions")).isEqualTo("0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-nev-none")).getText())
                .isEqualTo("Its people wrote no notes on journey maps in this span.");
        assertThat(_get(OrderedList.class, spec -> spec.withId("organisation-ideas"))
                .getElement().getTextRecursively()).contains("Seen on the dashboard", "Done");
    }

    @Test
    void the_dashboard_lists_organisations_with_links_to_their_pages() {
        loginAs("staff");
        UI.getCurrent().navigate(DashboardNavigation.DASHBOARD);
        var view = _get(DashboardView.class);
        view.organisationSearch.setValue("Hotel");
        assertThat(GridKt._size(view.organisations)).isEqualTo(1);
        assertThat(GridKt._get(view.organisations, 0).name())
                .isEqualTo("Hotel Pod Lipami");
    }

    @Test
    void customers_and_board_members_are_refused_the_dashboard_and_organisation_pages() {
        loginAs("customer");
        UI.getCurrent().navigate(DashboardNavigation.DASHBOARD);
        _get(NoAccessView.class);
        UI.getCurrent().navigate(DashboardNavigation.organisation(1));
        _get(NoAccessView.class);
        loginAs("board");
        UI.getCurrent().navigate(DashboardNavigation.DASHBOARD);
        _get(NoAccessView.class);
    }

    @Test
    void an_unknown_organisation_is_not_found() {
        loginAs("staff");
        UI.getCurrent().navigate(DashboardNavigation.organisation(987_654_321));
        _get(NotFoundView.class);
    }
}
