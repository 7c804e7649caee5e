package app.rada.dashboard.ui;

import app.rada.ballots.BallotTurnout;
import app.rada.dashboard.DashboardFigures;
import app.rada.dashboard.SegmentActivity;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.SessionFigures;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The dashboard's participation: active members per segment and month, ballot turnout, design sessions. */
final class ParticipationSection {

    private ParticipationSection() {
    }

    static Section of(Component in, Locale locale, DashboardFigures f) {
        var language = Language.closestTo(locale);
        var months = Figures.months(in, f.months());
        var index = new HashMap<YearMonth, Integer>();
        for (int p = 0; p < f.months().size(); p++) {
            index.put(f.months().get(p), p);
        }
        var bySegment = new LinkedHashMap<String, List<? extends @Nullable Number>>();
        var names = new LinkedHashMap<@Nullable Long, String>();
        for (SegmentOption s : f.segments()) {
            names.put(s.id(), language == Language.PL ? s.namePl() : s.nameEn());
        }
        names.put(null, in.getTranslation("dashboard.participation.no-segment"));
        var counts = new LinkedHashMap<@Nullable Long, long[]>();
        names.keySet().forEach(k -> counts.put(k, new long[f.months().size()]));
        for (SegmentActivity a : f.active()) {
            var row = counts.computeIfAbsent(a.segmentId(), k -> new long[f.months().size()]);
            var p = index.get(a.month());
            if (p != null) {
                row[p] += a.people();
            }
        }
        var summary = new StringBuilder(in.getTranslation("dashboard.participation.summary"));
        counts.forEach((segment, row) -> {
            long total = Arrays.stream(row).sum();
            if (total > 0) {
                var name = names.getOrDefault(segment, in.getTranslation("dashboard.participation.no-segment"));
                bySegment.put(name, Arrays.stream(row).boxed().toList());
                summary.append("; ").append(name).append(": ");
                for (int p = 0; p < row.length; p++) {
                    summary.append(p == 0 ? "" : ", ").append(months.get(p)).append(' ').append(row[p]);
                }
            }
        });
        var section = Cards.section(in.getTranslation("dashboard.participation"), "dashboard-participation");
        if (bySegment.isEmpty()) {
            section.add(Figures.note(in, "dashboard.participation.empty", "active-empty"));
        } else {
            section.add(Figures.chartCard(in, "dashboard.participation.active",
                    Figures.overMonths(months, bySegment, "bar", true, summary.toString(), "chart-active")));
        }
        section.add(new H3(in.getTranslation("dashboard.turnout")), turnout(in, locale, f.turnout()));
        section.add(new H3(in.getTranslation("dashboard.sessions")), sessions(f.sessions().orElse(null)));
        return section;
    }

    private static Component turnout(Component in, Locale locale, List<BallotTurnout> ballots) {
        if (ballots.isEmpty()) {
            return Figures.note(in, "dashboard.turnout.empty", "turnout-empty");
        }
        var list = new OrderedList();
        list.setId("turnout-list");
        long voted = 0;
        long eligible = 0;
        for (var b : ballots) {
            voted += b.voted();
            eligible += b.eligible();
            list.add(new ListItem(new Anchor(DashboardNavigation.ballot(b.ballotId()), b.title()),
                    new Span(" " + in.getTranslation("dashboard.turnout.line", b.voted(),
                            b.eligible(), Math.round(b.percent()),
                            Formats.date(b.closedAt(), locale, Formats.zone())))));
        }
        var overall = new Paragraph(in.getTranslation("dashboard.turnout.overall", voted, eligible,
                eligible == 0 ? 0 : Math.round(100.0 * voted / eligible)));
        overall.setId("turnout-overall");
        return new Div(overall, list);
    }

    static Component sessions(@Nullable SessionFigures s) {
        var box = new Div();
        box.setId("sessions-figures");
        if (s == null || s.sessions() == 0) {
            var p = new Paragraph(box.getTranslation("dashboard.sessions.none"));
            p.addClassName("dashboard-note");
            box.add(p);
            return box;
        }
        var grid = new Div(
                Figures.box(box, "dashboard.sessions.held", Figures.number(box, s.sessions()), "sessions-held"),
                Figures.box(box, "dashboard.sessions.attendance", box.getTranslation("dashboard.sessions.attended",
                        s.attended(), s.registered()), "sessions-attended"),
                Figures.box(box, "dashboard.sessions.ces", String.format(Figures.locale(), "%.1f", s.averageEffort()),
                        "sessions-ces"),
                Figures.box(box, "dashboard.sessions.nps", s.npsScore() == null ? box.getTranslation("dashboard.none")
                        : Integer.toString(s.npsScore()), "sessions-nps"));
        grid.addClassName("figure-grid");
        box.add(grid);
        return box;
    }
}
