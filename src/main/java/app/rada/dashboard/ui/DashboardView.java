package app.rada.dashboard.ui;

import app.rada.dashboard.DashboardFigures;
import app.rada.dashboard.DashboardService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TimingTrend;
import app.rada.journeys.TouchpointHealth;
import app.rada.people.OrganisationRow;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Cards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The whole programme at a glance for staff, over a span of days (the last twelve months unless chosen):
 * ideas as a funnel and how fast and how well we answer them, participation by segment, ballot turnout,
 * design sessions, journey health, points; each figure also as CSV. Organisations open their own page.
 */
@Route(DashboardNavigation.DASHBOARD)
@RolesAllowed(Roles.STAFF)
@Menu(order = 690, title = "nav.dashboard", icon = "vaadin:dashboard")
@StyleSheet("styles/dashboard.css")
class DashboardView extends Main implements HasDynamicTitle {

    private final DashboardService dashboard;
    private final PeopleService people;
    final SpanPicker span;
    final Div content = new Div();
    final Paragraph error = new Paragraph();
    final TextField organisationSearch = new TextField();
    final Grid<OrganisationRow> organisations = new Grid<>();
    @Nullable DashboardFigures shown;

    DashboardView(DashboardService dashboard, PeopleService people) {
        this.dashboard = dashboard;
        this.people = people;
        addClassNames("list-view", "dashboard-view");
        var defaults = dashboard.defaultSpan();
        span = new SpanPicker(defaults[0], defaults[1], this::show);
        error.addClassName("form-error");
        error.setId("dashboard-error");
        error.getElement().setAttribute("role", "alert");
        content.addClassName("dashboard-content");
        content.setId("dashboard-content");
        add(new H1(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.intro")), span, error,
                content, organisationsSection());
        show(defaults[0], defaults[1]);
    }

    void show(LocalDate from, LocalDate to) {
        try {
            var f = dashboard.figures(from, to);
            shown = f;
            error.setText("");
            content.removeAll();
            content.add(ideas(f), trend(f), ParticipationSection.of(this, getLocale(), f), health(f), points(f));
            span.exportWith(csv(from, to));
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    private DownloadHandler csv(LocalDate from, LocalDate to) {
        var locale = getLocale();
        return event -> {
            event.setFileName("rada-dashboard-" + from + "-" + to + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            dashboard.exportCsv(from, to, locale, writer);
            writer.flush();
        };
    }

    // --- ideas

    private Section ideas(DashboardFigures f) {
        var i = f.ideas();
        var grid = new Div(
                Figures.box(this, "dashboard.ideas.submitted", Figures.number(this, i.submitted()), "figure-submitted"),
                Figures.box(this, "dashboard.ideas.median-answer", Figures.hours(this, i.medianHoursToAnswer()),
                        "figure-median-answer"),
                Figures.box(this, "dashboard.ideas.within-week", Figures.percent(this, i.answeredWithinWeekPercent()),
                        "figure-within-week"),
                Figures.box(this, "dashboard.ideas.median-done", Figures.days(this, i.medianDaysToDone()),
                        "figure-median-done"),
                Figures.box(this, "dashboard.ideas.solved", Figures.percent(this, i.solvedPercent()), "figure-solved"));
        grid.addClassName("figure-grid");
        var notes = new Paragraph(getTranslation("dashboard.ideas.notes", i.answered(), i.weekOld(),
                i.answeredWithinWeek(), i.doneInSpan(), i.doneWithPulse(), i.solved()));
        notes.setId("ideas-notes");
        notes.addClassName("dashboard-note");
        var stages = Figures.funnel(this, i);
        var labels = stages.stream().map(Map.Entry::getKey).toList();
        var values = stages.stream().map(Map.Entry::getValue).toList();
        var summary = getTranslation("dashboard.funnel.summary") + ": " + stages.stream()
                .map(s -> s.getKey() + " " + s.getValue()).collect(Collectors.joining(", "));
        var chart = Figures.bars(labels, values, getTranslation("dashboard.funnel.ideas"), summary, "chart-funnel");
        var declined = new Paragraph(getTranslation("dashboard.funnel.declined",
                i.count(IdeaStatus.DECLINED), i.count(IdeaStatus.MERGED)));
        declined.addClassName("dashboard-note");
        return section("dashboard.ideas", "dashboard-ideas", grid, notes,
                Figures.chartCard(this, "dashboard.funnel", chart), declined);
    }

    private Section trend(DashboardFigures f) {
        var months = Figures.months(this, f.months());
        var answer = new ArrayList<@Nullable Double>();
        var done = new ArrayList<@Nullable Double>();
        var byPart = new HashMap<Integer, TimingTrend>();
        f.trend().forEach(t -> byPart.put(t.part(), t));
        var summary = new StringBuilder(getTranslation("dashboard.trend.summary"));
        for (int p = 0; p < f.months().size(); p++) {
            var t = byPart.get(p);
            var h = t == null ? null : t.medianHoursToAnswer();
            var d = t == null ? null : t.medianDaysToDone();
            answer.add(h == null ? null : Math.round(h * 10) / 10.0);
            done.add(d == null ? null : Math.round(d * 10) / 10.0);
            summary.append(p == 0 ? ": " : "; ").append(months.get(p)).append(' ')
                    .append(Figures.hours(this, h)).append(" / ").append(Figures.days(this, d));
        }
        var series = new LinkedHashMap<String, List<? extends @Nullable Number>>();
        series.put(getTranslation("dashboard.trend.hours-to-answer"), answer);
        series.put(getTranslation("dashboard.trend.days-to-done"), done);
        var chart = Figures.overMonths(months, series, "line", false, summary.toString(), "chart-trend");
        return section("dashboard.trend", "dashboard-trend", new Paragraph(getTranslation("dashboard.trend.intro")),
                Figures.chartCard(this, "dashboard.trend.chart", chart));
    }

    // --- journey health

    private Section health(DashboardFigures f) {
        var section = section("dashboard.health", "dashboard-health");
        var lowest = touchpoints(f.health().lowestNev(), "health-lowest", t -> getTranslation("dashboard.health.nev",
                t.nev() == null ? 0 : t.nev(), t.annotations()));
        var hot = touchpoints(f.health().hotspots(), "health-hotspots", t -> getTranslation("dashboard.health.priority",
                t.priority(), t.people()));
        var columns = new Div(new Div(new H3(getTranslation("dashboard.health.lowest")), lowest),
                new Div(new H3(getTranslation("dashboard.health.hotspots")), hot));
        columns.addClassName("dashboard-columns");
        section.add(columns);
        return section;
    }

    private Component touchpoints(List<TouchpointHealth> rows, String id,
                                  Function<TouchpointHealth, String> figure) {
        if (rows.isEmpty()) {
            return note("dashboard.health.empty", id);
        }
        var list = new OrderedList();
        list.setId(id);
        for (var t : rows) {
            list.add(new ListItem(new Anchor(DashboardNavigation.map(t.mapId()), t.touchpointName()),
                    new Span(" · " + t.stageName() + " · " + t.mapTitle() + " · "
                            + figure.apply(t))));
        }
        return list;
    }

    // --- points

    private Section points(DashboardFigures f) {
        var p = f.points();
        var pending = new Anchor(DashboardNavigation.STAFF_REWARDS, Figures.number(this, p.pendingNow()));
        pending.setId("figure-pending");
        var pendingBox = new Div(pending, new Span(
                getTranslation("dashboard.points.pending")));
        pendingBox.addClassNames("figure", "figure-link");
        var grid = new Div(
                Figures.box(this, "dashboard.points.earned", Figures.number(this, p.earned()), "figure-earned"),
                Figures.box(this, "dashboard.points.manual", Figures.number(this, p.manual()), "figure-manual"),
                Figures.box(this, "dashboard.points.redeemed", Figures.number(this, p.redeemed()), "figure-redeemed"),
                Figures.box(this, "dashboard.points.redemptions", Figures.number(this, p.redemptions()),
                        "figure-redemptions"),
                pendingBox);
        grid.addClassName("figure-grid");
        var months = Figures.months(this, f.months());
        var awarded = new Long[f.months().size()];
        var redeemed = new Long[f.months().size()];
        Arrays.fill(awarded, 0L);
        Arrays.fill(redeemed, 0L);
        p.periods().forEach(part -> {
            if (part.period() < awarded.length) {
                awarded[part.period()] = part.awarded();
                redeemed[part.period()] = part.redeemed();
            }
        });
        var series = new LinkedHashMap<String, List<? extends @Nullable Number>>();
        series.put(getTranslation("dashboard.points.awarded"), List.of(awarded));
        series.put(getTranslation("dashboard.points.spent"), List.of(redeemed));
        var summary = new StringBuilder(getTranslation("dashboard.points.summary"));
        for (int m = 0; m < months.size(); m++) {
            summary.append(m == 0 ? ": " : "; ").append(months.get(m)).append(' ').append(awarded[m]).append(" / ")
                    .append(redeemed[m]);
        }
        return section("dashboard.points", "dashboard-points", grid, Figures.chartCard(this, "dashboard.points.chart",
                Figures.overMonths(months, series, "bar", false, summary.toString(), "chart-points")));
    }

    // --- organisations

    private Section organisationsSection() {
        organisationSearch.setLabel(getTranslation("dashboard.organisations.search"));
        organisationSearch.setClearButtonVisible(true);
        organisationSearch.setValueChangeMode(ValueChangeMode.LAZY);
        organisationSearch.setId("organisation-search");
        organisationSearch.addValueChangeListener(e -> organisations.getDataProvider().refreshAll());
        organisations.setId("dashboard-organisations");
        organisations.addComponentColumn(o -> {
                    var link = new Anchor(DashboardNavigation.organisation(o.id()), o.name());
                    link.addClassName("dashboard-link");
                    return link;
                })
                .setHeader(getTranslation("dashboard.organisations.name")).setFlexGrow(3);
        organisations.addColumn(OrganisationRow::members).setHeader(getTranslation("dashboard.organisations.members"))
                .setAutoWidth(true);
        organisations.setItems(q -> people.findOrganisations(text(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) people.countOrganisations(text()));
        organisations.setEmptyStateText(getTranslation("dashboard.organisations.empty"));
        return section("dashboard.organisations", "dashboard-organisations-section",
                new Paragraph(getTranslation("dashboard.organisations.intro")), new Div(organisationSearch),
                organisations);
    }

    private @Nullable String text() {
        var value = organisationSearch.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- helpers

    private Paragraph note(String key, String id) {
        return Figures.note(this, key, id);
    }

    private Section section(String titleKey, String id, Component... content) {
        return Cards.section(getTranslation(titleKey), id, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
