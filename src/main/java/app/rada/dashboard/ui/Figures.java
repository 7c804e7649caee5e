package app.rada.dashboard.ui;

import app.rada.ideas.IdeaFigures;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Figure boxes, charts and number formats the dashboard views share. */
final class Figures {

    static final String BRAND = "#0f5c55";
    static final String WARM = "#b4451f";
    static final List<String> PALETTE = List.of("#0f5c55", "#b4451f", "#6b5ca5", "#8a6d00", "#2f6fa3", "#7a7a7a");

    private Figures() {
    }

    /** The reader's locale (component locales are not public). */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A sentence in place of a figure that has nothing to show yet. */
    static Paragraph note(Component in, String key, String id) {
        var p = new Paragraph(in.getTranslation(key));
        p.setId(id);
        p.addClassName("dashboard-note");
        return p;
    }

    static Div box(Component in, String labelKey, String value, String id) {
        var v = new Span(value);
        v.addClassName("figure-value");
        v.setId(id);
        var label = new Span(in.getTranslation(labelKey));
        label.addClassName("figure-label");
        var box = new Div(v, label);
        box.addClassName("figure");
        return box;
    }

    static String number(Component in, long value) {
        return in.getTranslation("dashboard.number", value);
    }

    static String percent(Component in, @Nullable Double value) {
        return value == null ? in.getTranslation("dashboard.none") : in.getTranslation("dashboard.percent",
                Math.round(value));
    }

    static String hours(Component in, @Nullable Double hours) {
        return hours == null ? in.getTranslation("dashboard.none")
                : Formats.duration(Duration.ofMinutes(Math.round(hours * 60)), locale());
    }

    static String days(Component in, @Nullable Double days) {
        return days == null ? in.getTranslation("dashboard.none")
                : Formats.duration(Duration.ofMinutes(Math.round(days * 24 * 60)), locale());
    }

    static String month(Component in, YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale()) + " " + month.getYear();
    }

    static List<String> months(Component in, List<YearMonth> months) {
        return months.stream().map(m -> month(in, m)).toList();
    }

    static String isoMonth(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    /** The stages of the funnel: how many ideas reached at least each stage, from where they stand now. */
    static List<Map.Entry<String, Long>> funnel(Component in, IdeaFigures f) {
        long reviewed = f.count(IdeaStatus.UNDER_REVIEW) + f.count(IdeaStatus.PLANNED) + f.count(IdeaStatus.IN_PROGRESS)
                + f.count(IdeaStatus.DONE) + f.count(IdeaStatus.DECLINED);
        long planned = f.count(IdeaStatus.PLANNED) + f.count(IdeaStatus.IN_PROGRESS) + f.count(IdeaStatus.DONE);
        long started = f.count(IdeaStatus.IN_PROGRESS) + f.count(IdeaStatus.DONE);
        var stages = new ArrayList<Map.Entry<String, Long>>();
        stages.add(Map.entry(in.getTranslation("dashboard.funnel.submitted"), f.submitted() - f.count(IdeaStatus.MERGED)));
        stages.add(Map.entry(in.getTranslation("dashboard.funnel.reviewed"), reviewed));
        stages.add(Map.entry(in.getTranslation("dashboard.funnel.planned"), planned));
        stages.add(Map.entry(in.getTranslation("dashboard.funnel.started"), started));
        stages.add(Map.entry(in.getTranslation("dashboard.funnel.done"), f.count(IdeaStatus.DONE)));
        return stages;
    }

    /** Horizontal bars, widest first: the free chart component has no funnel, and bars read as exactly. */
    static Chart bars(List<String> labels, List<? extends Number> values, String seriesName, String summary, String id) {
        var option = new LinkedHashMap<String, Object>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", labels));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", values,
                "itemStyle", Map.of("color", BRAND), "label", Map.of("show", true, "position", "right"))));
        var chart = new Chart(option, summary);
        chart.setId(id);
        return chart;
    }

    /** One line or bar series per entry over the months; {@code stacked} stacks bars. */
    static Chart overMonths(List<String> months, Map<String, List<? extends @Nullable Number>> series, String type,
                            boolean stacked, String summary, String id) {
        var option = new LinkedHashMap<String, Object>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        var list = new ArrayList<Map<String, Object>>();
        int n = 0;
        for (var entry : series.entrySet()) {
            var s = new LinkedHashMap<String, Object>();
            s.put("type", type);
            s.put("name", entry.getKey());
            s.put("data", entry.getValue());
            s.put("itemStyle", Map.of("color", PALETTE.get(n++ % PALETTE.size())));
            if (stacked) {
                s.put("stack", "all");
            }
            if ("line".equals(type)) {
                s.put("connectNulls", true);
            }
            list.add(s);
        }
        option.put("series", list);
        var chart = new Chart(option, summary);
        chart.setId(id);
        return chart;
    }

    static Div chartCard(Component in, String titleKey, Chart chart) {
        var card = new Div(new H3(in.getTranslation(titleKey)), chart);
        card.addClassName("chart-card");
        return card;
    }
}
