package app.rada.dashboard.ui;

import app.rada.dashboard.DashboardService;
import app.rada.dashboard.OrganisationFigures;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Cards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * One organisation for its account manager, over a span of days: what its people suggested, voted,
 * commented, annotated and attended; what we answered and shipped of theirs; who of them was active each
 * month; how their emotions on the journey moved (Net Emotional Value by month); its top point earners.
 */
@Route("staff/organisations/:" + OrganisationDashboardView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/dashboard.css")
class OrganisationDashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "organisationId";

    private final DashboardService dashboard;
    private long organisationId;
    final Div content = new Div();
    final Paragraph error = new Paragraph();
    @Nullable SpanPicker span;
    @Nullable OrganisationFigures shown;

    OrganisationDashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("list-view", "dashboard-view", "organisation-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisationId = event.getRouteParameters().getLong(PARAMETER).orElse(0L);
        var defaults = dashboard.defaultSpan();
        try {
            shown = dashboard.organisation(organisationId, defaults[0], defaults[1]);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var picker = new SpanPicker(defaults[0], defaults[1], this::show);
        span = picker;
        error.addClassName("form-error");
        error.setId("dashboard-error");
        error.getElement().setAttribute("role", "alert");
        content.setId("organisation-content");
        var back = new Anchor(DashboardNavigation.DASHBOARD, getTranslation("dashboard.organisation.back"));
        back.addClassName("back-link");
        add(back, new H1(shown.organisation().name()), picker, error, content);
        render(shown);
        picker.exportWith(csv(defaults[0], defaults[1]));
    }

    void show(LocalDate from, LocalDate to) {
        try {
            var f = dashboard.organisation(organisationId, from, to);
            shown = f;
            error.setText("");
            render(f);
            if (span != null) {
                span.exportWith(csv(from, to));
            }
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    private DownloadHandler csv(LocalDate from, LocalDate to) {
        long id = organisationId;
        var locale = getLocale();
        return event -> {
            event.setFileName("rada-organisation-" + id + "-" + from + "-" + to + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            dashboard.exportOrganisationCsv(id, from, to, locale, writer);
            writer.flush();
        };
    }

    private void render(OrganisationFigures f) {
        content.removeAll();
        var language = Language.closestTo(getLocale());
        var about = new Paragraph(getTranslation("dashboard.organisation.about",
                f.segment().map(s -> language == Language.PL ? s.namePl() : s.nameEn())
                        .orElse(getTranslation("dashboard.none")), f.organisation().members()));
        about.setId("organisation-about");
        content.add(about, did(f), answered(f), activity(f), earners(f));
    }

    private Section did(OrganisationFigures f) {
        var i = f.ideas();
        var grid = new Div(
                Figures.box(this, "dashboard.organisation.ideas", Figures.number(this, i.ideas()), "org-ideas"),
                Figures.box(this, "dashboard.organisation.votes", Figures.number(this, i.votes()), "org-votes"),
                Figures.box(this, "dashboard.organisation.comments", Figures.number(this, i.comments()), "org-comments"),
                Figures.box(this, "dashboard.organisation.annotations", Figures.number(this, f.annotations()),
                        "org-annotations"),
                Figures.box(this, "dashboard.organisation.ballot-votes", Figures.number(this, f.ballotVotes()),
                        "org-ballot-votes"),
                Figures.box(this, "dashboard.organisation.sessions", f.sessions().isEmpty()
                        ? getTranslation("dashboard.none") : Figures.number(this, f.sessions().get().attended()),
                        "org-sessions"));
        grid.addClassName("figure-grid");
        var section = section("dashboard.organisation.did", "organisation-did", grid);
        if (f.sessions().isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.sessions.none"));
            none.addClassName("dashboard-note");
            section.add(none);
        }
        return section;
    }

    private Section answered(OrganisationFigures f) {
        var i = f.ideas();
        var grid = new Div(
                Figures.box(this, "dashboard.organisation.answered", getTranslation("dashboard.organisation.of",
                        i.answered(), i.ideas()), "org-answered"),
                Figures.box(this, "dashboard.organisation.shipped", getTranslation("dashboard.organisation.of",
                        i.done(), i.ideas()), "org-shipped"));
        grid.addClassName("figure-grid");
        var section = section("dashboard.organisation.answers", "organisation-answers", grid);
        if (i.latest().isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.organisation.no-ideas"));
            none.addClassName("dashboard-note");
            section.add(none);
        } else {
            var list = new OrderedList();
            list.setId("organisation-ideas");
            i.latest().forEach(idea -> list.add(new ListItem(new Anchor(DashboardNavigation.idea(idea.id()),
                    idea.title()), new Span(" · " + getTranslation(idea.status().labelKey())))));
            section.add(new Paragraph(getTranslation("dashboard.organisation.latest")), list);
        }
        return section;
    }

    private Section activity(OrganisationFigures f) {
        var months = Figures.months(this, f.months());
        var active = new LinkedHashMap<String, List<? extends @Nullable Number>>();
        active.put(getTranslation("dashboard.organisation.active"), f.activeByMonth());
        var nev = new ArrayList<@Nullable Integer>();
        var annotations = new ArrayList<Integer>();
        var summary = new StringBuilder(getTranslation("dashboard.organisation.nev.summary"));
        for (int p = 0; p < f.emotions().size(); p++) {
            var e = f.emotions().get(p);
            nev.add(e.nev());
            annotations.add(e.annotations());
            summary.append(p == 0 ? ": " : "; ").append(months.get(p)).append(' ')
                    .append(e.nev() == null ? getTranslation("dashboard.none") : e.nev().toString());
        }
        var activeSummary = new StringBuilder(getTranslation("dashboard.organisation.active.summary"));
        for (int p = 0; p < months.size(); p++) {
            activeSummary.append(p == 0 ? ": " : "; ").append(months.get(p)).append(' ').append(f.activeByMonth().get(p));
        }
        var nevSeries = new LinkedHashMap<String, List<? extends @Nullable Number>>();
        nevSeries.put(getTranslation("dashboard.organisation.nev"), nev);
        var section = section("dashboard.organisation.activity", "organisation-activity");
        section.add(Figures.chartCard(this, "dashboard.organisation.active.chart",
                Figures.overMonths(months, active, "bar", false, activeSummary.toString(), "chart-org-active")));
        if (annotations.stream().allMatch(a -> a == 0)) {
            var none = new Paragraph(getTranslation("dashboard.organisation.nev.none"));
            none.addClassName("dashboard-note");
            none.setId("organisation-nev-none");
            section.add(none);
        } else {
            section.add(Figures.chartCard(this, "dashboard.organisation.nev.chart",
                    Figures.overMonths(months, nevSeries, "line", false, summary.toString(), "chart-org-nev")));
        }
        return section;
    }

    private Component earners(OrganisationFigures f) {
        var section = section("dashboard.organisation.earners", "organisation-earners");
        if (f.topEarners().isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.organisation.earners.none"));
            none.addClassName("dashboard-note");
            section.add(none);
            return section;
        }
        var list = new OrderedList();
        list.setId("organisation-earners-list");
        f.topEarners().forEach(r -> list.add(new ListItem(getTranslation("dashboard.organisation.earner",
                r.name().orElse(getTranslation("people.former-member")), r.points()))));
        section.add(list);
        return section;
    }

    private Section section(String titleKey, String id, Component... children) {
        return Cards.section(getTranslation(titleKey), id, children);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("nav.dashboard") : shown.organisation().name();
    }
}
