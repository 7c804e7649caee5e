package app.rada.journeys.ui;

import app.rada.journeys.JourneyMap;
import app.rada.shared.ui.Chart;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The emotion curve along the touchpoints with their Net Emotional Value as bars, and a summary in words. */
class EmotionCurve extends Section {

    final Chart chart = new Chart(Map.of(), "");

    EmotionCurve() {
        addClassNames("card", "chart-card", "journey-curve");
        chart.setId("emotion-curve");
        add(new H3(getTranslation("journeys.map.curve")), chart);
    }

    void show(JourneyMap shown) {
        var names = new ArrayList<String>();
        var emotions = new ArrayList<@Nullable Object>();
        var nevs = new ArrayList<@Nullable Object>();
        var summary = new ArrayList<String>();
        for (var t : shown.touchpoints()) {
            var score = shown.scores().touchpoint(t.id());
            names.add(t.name());
            emotions.add(score.emotion() == null ? null : Math.round(score.emotion() * 10) / 10.0);
            nevs.add(score.nev());
            summary.add(t.name() + " " + (score.emotion() == null ? "–"
                    : getTranslation("journeys.map.emotion", score.emotion())));
        }
        var option = new LinkedHashMap<String, Object>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 48, "right", 48, "bottom", 80, "top", 36));
        option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 30, "interval", 0)));
        option.put("yAxis", List.of(Map.of("type", "value", "min", -5, "max", 5),
                Map.of("type", "value", "min", -100, "max", 100, "splitLine", Map.of("show", false))));
        var nevSeries = new HashMap<String, Object>();
        nevSeries.put("name", getTranslation("journeys.map.curve.nev"));
        nevSeries.put("type", "bar");
        nevSeries.put("yAxisIndex", 1);
        nevSeries.put("data", nevs);
        nevSeries.put("itemStyle", Map.of("opacity", 0.35));
        var emotionSeries = new HashMap<String, Object>();
        emotionSeries.put("name", getTranslation("journeys.map.curve.series"));
        emotionSeries.put("type", "line");
        emotionSeries.put("smooth", true);
        emotionSeries.put("connectNulls", true);
        emotionSeries.put("data", emotions);
        option.put("series", List.of(nevSeries, emotionSeries));
        chart.setOption(option);
        chart.setSummary(getTranslation("journeys.map.curve.summary", String.join("; ", summary)));
    }
}
