package app.rada.journeys.ui;

import app.rada.ideas.IdeaSummary;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyScores;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapTouchpoint;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The map drawn as a grid: stages as columns and lanes as rows (goals, touchpoints, channel, emotion,
 * pins, ideas, departments). Pins and annotate buttons report their action ("pin:touchpoint:KIND" or
 * "annotate:touchpoint") to the page.
 */
class MapCanvas extends Div {

    /** The action of the pin or annotate button that was clicked on the canvas. */
    private static final String ACTION = "event.target.closest('[data-action]') ? "
            + "event.target.closest('[data-action]').dataset.action : ''";
    private static final String[] HEATS = {"heat-none", "heat-negative-strong", "heat-negative", "heat-positive-strong",
        "heat-positive"};

    final Map<Long, NativeButton> annotateButtons = new HashMap<>();
    final Map<Long, Div> pinCells = new HashMap<>();
    private final Map<AnnotationKind, String> kindLabels = new EnumMap<>(AnnotationKind.class);
    private final Map<Long, Div> stageFigures = new HashMap<>();
    private final Map<Long, Div> touchpointFigures = new HashMap<>();
    private final Map<Long, Div> pinBoxes = new HashMap<>();
    private final Consumer<String> onAction;
    private @Nullable List<Object> drawnShape;
    private Map<Long, String> segmentNames = Map.of();

    MapCanvas(Consumer<String> onAction) {
        this.onAction = onAction;
        addClassName("journey-canvas");
        setId("journey-canvas");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("tabindex", "0");
    }

    /** The segments' names in the reader's language, for the shares of each touchpoint's voices. */
    void segmentNames(Map<Long, String> names) {
        this.segmentNames = Map.copyOf(names);
    }

    /** Whether the map still has the stages, touchpoints and linked ideas drawn, so only its figures need redrawing. */
    boolean drawnAs(JourneyMap shown) {
        return shape(shown).equals(drawnShape);
    }

    /** What annotations cannot change: stages, touchpoints, linked ideas and whether the map takes annotations. */
    private static List<Object> shape(JourneyMap shown) {
        return List.of(shown.stages(), shown.ideas(), shown.annotatable());
    }

    void draw(JourneyMap shown) {
        removeAll();
        annotateButtons.clear();
        pinCells.clear();
        stageFigures.clear();
        touchpointFigures.clear();
        pinBoxes.clear();
        getElement().setAttribute("aria-label", shown.title());
        drawnShape = shape(shown);
        if (shown.stages().isEmpty()) {
            add(new Paragraph(getTranslation("journeys.map.empty")));
            return;
        }
        var scores = shown.scores();
        int columns = shown.stages().stream().mapToInt(s -> Math.max(1, s.touchpoints().size())).sum();
        var grid = new Div();
        grid.addClassName("journey-grid");
        grid.getElement().addEventListener("click", e -> onAction.accept(e.getEventData().get(ACTION).asString()))
                .addEventData(ACTION).setFilter("!!event.target.closest('[data-action]')");
        kindLabels.clear();
        for (var kind : AnnotationKind.values()) {
            kindLabels.put(kind, getTranslation(kind.labelKey()));
        }
        grid.getStyle().set("grid-template-columns", "minmax(8rem, 10rem) repeat(" + columns + ", minmax(13rem, 1fr))");
        lane(grid, "journeys.lane.stage", shown, (stage, cell) -> {
            var name = new H2(stage.name());
            name.addClassName("stage-name");
            var figure = new Div();
            stageFigures.put(stage.id(), figure);
            fillStageFigure(figure, stage, scores);
            cell.add(name, figure);
        }, true);
        lane(grid, "journeys.lane.goals", shown, (stage, cell) -> cell.add(new Span(stage.goal())), true);
        touchpointLane(grid, "journeys.lane.touchpoints", shown, (t, cell) -> {
            var name = new H3(t.name());
            name.addClassName("touchpoint-name");
            cell.add(name);
            if (!t.description().isBlank()) {
                var description = new Span(t.description());
                description.addClassName("touchpoint-description");
                cell.add(description);
            }
        });
        touchpointLane(grid, "journeys.lane.channel", shown, (t, cell) -> {
            var channel = new Span(getTranslation(t.channel().labelKey()));
            channel.addClassName("touchpoint-channel");
            cell.add(channel);
        });
        touchpointLane(grid, "journeys.lane.emotion", shown, (t, cell) -> {
            touchpointFigures.put(t.id(), cell);
            fillTouchpointFigure(cell, t, scores);
        });
        // pins and annotate buttons are plain buttons; one listener on the grid hears them all, which keeps a
        // map of sixty touchpoints cheap to draw
        var annotateText = getTranslation("journeys.map.annotate");
        touchpointLane(grid, "journeys.lane.pins", shown, (t, cell) -> {
            pinCells.put(t.id(), cell);
            var pins = new Div();
            pins.addClassName("pins");
            pinBoxes.put(t.id(), pins);
            fillPins(pins, t, shown);
            cell.add(pins);
            if (shown.annotatable()) {
                var annotate = new NativeButton("+ " + annotateText);
                annotate.addClassName("annotate");
                annotate.getElement().setAttribute("aria-label", annotateText + ": " + t.name());
                annotate.getElement().setAttribute("data-touchpoint", String.valueOf(t.id()));
                annotate.getElement().setAttribute("data-action", "annotate:" + t.id());
                annotateButtons.put(t.id(), annotate);
                cell.add(annotate);
            }
        });
        touchpointLane(grid, "journeys.lane.ideas", shown, (t, cell) -> {
            var linked = shown.ideas().getOrDefault(t.id(), List.of());
            if (linked.isEmpty()) {
                var none = new Span(getTranslation("journeys.map.no-ideas"));
                none.addClassName("muted");
                cell.add(none);
            }
            for (IdeaSummary idea : linked) {
                var link = new Anchor(IdeaLinks.idea(idea.id()), idea.title());
                var row = new Div(link, StatusBadge.of(getTranslation(idea.status().labelKey()), "idea-status",
                        idea.status()));
                row.addClassName("touchpoint-idea");
                cell.add(row);
            }
        });
        touchpointLane(grid, "journeys.lane.departments", shown, (t, cell) -> {
            if (!t.frontOffice().isBlank()) {
                cell.add(new Div(new Span(getTranslation("journeys.map.front-office", t.frontOffice()))));
            }
            if (!t.backOffice().isBlank()) {
                cell.add(new Div(new Span(getTranslation("journeys.map.back-office", t.backOffice()))));
            }
        });
        add(grid);
    }

    /**
     * Brings the figures that annotations change (emotions, pins) up to date in place; the rest of the
     * canvas stays as drawn, so a pin added elsewhere costs every viewer a few elements instead of the whole map.
     */
    void redrawFigures(JourneyMap shown) {
        var scores = shown.scores();
        for (var stage : shown.stages()) {
            fillStageFigure(stageFigures.get(stage.id()), stage, scores);
            for (var t : stage.touchpoints()) {
                fillTouchpointFigure(touchpointFigures.get(t.id()), t, scores);
                fillPins(pinBoxes.get(t.id()), t, shown);
            }
        }
    }

    private void fillStageFigure(Div figure, MapStage stage, JourneyScores.Scores scores) {
        figure.removeAll();
        var emotion = scores.stage(stage.id());
        figure.add(emotionLine(emotion.emotion(), emotion.nev(), emotion.annotations()));
    }

    private void fillTouchpointFigure(Div cell, MapTouchpoint t, JourneyScores.Scores scores) {
        cell.removeAll();
        cell.removeClassNames(HEATS);
        var score = scores.touchpoint(t.id());
        cell.add(emotionLine(score.emotion(), score.nev(), score.annotations()));
        if (score.people() > 0) {
            var reach = new Span(getTranslation("journeys.map.reach", score.people(), score.organisations()));
            reach.addClassName("touchpoint-reach");
            cell.add(reach);
        }
        if (!score.segmentShares().isEmpty()) {
            cell.add(segmentShares(t, score.segmentShares()));
        }
        cell.addClassName(heat(score.emotion()));
    }

    private void fillPins(Div pins, MapTouchpoint t, JourneyMap shown) {
        pins.removeAll();
        shown.pins().getOrDefault(t.id(), Map.of()).forEach((kind, count) -> {
            var pin = new NativeButton(kindLabels.get(kind) + " " + count);
            pin.addClassNames("pin", "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            pin.getElement().setAttribute("aria-label", kindLabels.get(kind) + ": " + count + " · " + t.name());
            pin.getElement().setAttribute("data-touchpoint", String.valueOf(t.id()));
            pin.getElement().setAttribute("data-action", "pin:" + t.id() + ":" + kind.name());
            pins.add(pin);
        });
    }

    /** Which segments the touchpoint's voices come from, largest share first. */
    private Component segmentShares(MapTouchpoint t, Map<Long, Double> shares) {
        var list = new Div();
        list.addClassName("segment-shares");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("journeys.map.segments.for", t.name()));
        shares.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(share -> {
                    var name = share.getKey() == JourneyScores.NO_SEGMENT
                            ? getTranslation("journeys.map.segment.none")
                            : segmentNames.getOrDefault(share.getKey(), getTranslation("journeys.map.segment.none"));
                    var item = new Span(getTranslation("journeys.map.segment-share", name, share.getValue()));
                    item.addClassName("segment-share");
                    item.getElement().setAttribute("role", "listitem");
                    list.add(item);
                });
        return list;
    }

    private Component emotionLine(@Nullable Double emotion, @Nullable Integer nev, int count) {
        var line = new Div();
        line.addClassName("emotion-line");
        var nevText = new Span(nev == null ? getTranslation("journeys.map.nev.none") : getTranslation("journeys.map.nev", nev));
        nevText.addClassName("nev");
        line.add(nevText);
        if (emotion != null) {
            var value = new Span(getTranslation("journeys.map.emotion", emotion));
            value.addClassName("emotion-value");
            line.add(value);
        }
        var annotationsCount = new Span(getTranslation("journeys.map.annotations", count));
        annotationsCount.addClassName("muted");
        line.add(annotationsCount);
        return line;
    }

    private static String heat(@Nullable Double emotion) {
        if (emotion == null) {
            return "heat-none";
        }
        if (emotion <= -2) {
            return "heat-negative-strong";
        }
        if (emotion < 0) {
            return "heat-negative";
        }
        return emotion >= 2 ? "heat-positive-strong" : "heat-positive";
    }

    private interface StageCell {
        void fill(MapStage stage, Div cell);
    }

    private interface TouchpointCell {
        void fill(MapTouchpoint touchpoint, Div cell);
    }

    private void label(Div grid, String key) {
        var label = new Div(new Span(getTranslation(key)));
        label.addClassName("lane-label");
        grid.add(label);
    }

    private void lane(Div grid, String key, JourneyMap shown, StageCell fill, boolean stageRow) {
        label(grid, key);
        for (var stage : shown.stages()) {
            var cell = new Div();
            cell.addClassName(stageRow ? "stage-cell" : "lane-cell");
            cell.getStyle().set("grid-column", "span " + Math.max(1, stage.touchpoints().size()));
            fill.fill(stage, cell);
            grid.add(cell);
        }
    }

    private void touchpointLane(Div grid, String key, JourneyMap shown, TouchpointCell fill) {
        label(grid, key);
        for (var stage : shown.stages()) {
            if (stage.touchpoints().isEmpty()) {
                var cell = new Div();
                cell.addClassName("lane-cell");
                grid.add(cell);
            }
            for (var t : stage.touchpoints()) {
                var cell = new Div();
                cell.addClassName("lane-cell");
                fill.fill(t, cell);
                grid.add(cell);
            }
        }
    }
}
