package app.rada.home.ui;

import app.rada.home.VisitService;
import app.rada.people.OrganisationService;
import app.rada.people.PeopleDirectory;
import app.rada.people.SegmentCount;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The start page answers "what needs me now, and what happened to what I said": a welcome for the
 * person's role, then the cards the modules add for that role, each linking to where it is acted on.
 * Staff also see the programme in figures; members do not, as the figures say nothing about their own
 * ideas, ballots and sessions.
 */
@Route("")
// the cards show ideas' status badges in the ideas' colours
@StyleSheet("styles/ideas.css")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    HomeView(VisitService visits, PeopleDirectory directory, OrganisationService organisations,
             List<StartCard> cards) {
        addClassName("home-view");
        var user = CurrentUser.require();

        var welcome = new Section();
        welcome.addClassName("welcome");
        var heading = new H2(getTranslation("home.welcome", user.name()));
        heading.setId("welcome-heading");
        var intro = new Paragraph(getTranslation(introKey(user)));
        intro.setId("welcome-intro");
        welcome.add(heading, intro);
        add(welcome);

        var context = new StartContext(user, visits.openStartPage());
        var agenda = new Div();
        agenda.addClassName("start-cards");
        agenda.setId("start-cards");
        cards.stream().sorted(Comparator.comparingInt(StartCard::order))
                .flatMap(card -> card.create(context).stream())
                .forEach(agenda::add);
        add(agenda);

        if (user.isStaff()) {
            add(programme(directory, organisations));
        }
    }

    private Section programme(PeopleDirectory directory, OrganisationService organisations) {
        var summary = directory.summary();
        var figures = new Section();
        figures.addClassName("figures");
        figures.setId("programme-figures");
        figures.add(new H3(getTranslation("home.programme.title")));
        var grid = new Div(
                figure("members", summary.activeMembers(), "home.programme.members"),
                figure("board", summary.boardMembers(), "home.programme.board"),
                figure("organisations", summary.organisations(), "home.programme.organisations"),
                figure("segments", summary.segments(), "home.programme.segments"));
        grid.addClassName("figure-grid");
        figures.add(grid, segmentChart(organisations));
        return figures;
    }

    private Component segmentChart(OrganisationService organisations) {
        var language = Language.closestTo(getLocale());
        var counts = organisations.membersBySegment();
        var names = counts.stream().map(c -> language == Language.PL ? c.segment().namePl() : c.segment().nameEn())
                .toList();
        var values = counts.stream().map(SegmentCount::members).toList();
        var summary = new StringBuilder(getTranslation("home.segments.chart"));
        for (int i = 0; i < counts.size(); i++) {
            summary.append(i == 0 ? ": " : ", ").append(names.get(i)).append(' ').append(values.get(i));
        }
        var option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 16, "top", 16, "bottom", 32),
                "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "data", values, "name",
                        getTranslation("home.segments.members"), "itemStyle", Map.of("color", "#0f5c55"))));
        var chart = new Chart(option, summary.toString());
        chart.setId("segment-chart");
        var title = new H3(getTranslation("home.segments.chart"));
        var box = new Div(title, chart);
        box.addClassName("card");
        box.addClassName("chart-card");
        return box;
    }

    private static String introKey(RadaUser user) {
        if (user.has(Role.ADMIN)) {
            return "home.intro.admin";
        }
        if (user.has(Role.STAFF)) {
            return "home.intro.staff";
        }
        if (user.has(Role.BOARD_MEMBER)) {
            return "home.intro.board";
        }
        return "home.intro.customer";
    }

    private Component figure(String id, long value, String labelKey) {
        var number = new Span(getTranslation("home.figure.value", value));
        number.addClassName("figure-value");
        var label = new Span(getTranslation(labelKey, value));
        label.addClassName("figure-label");
        var box = new Div(number, label);
        box.addClassName("figure");
        box.setId("figure-" + id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
