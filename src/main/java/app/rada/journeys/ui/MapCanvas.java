package app.rada.journeys.ui;

import static app.rada.shared.ui.Markup.escape;
import static app.rada.shared.ui.Markup.span;

import app.rada.ideas.IdeaSummary;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyScores;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapTouchpoint;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The map drawn as a grid: stages as columns and lanes as rows (goals, touchpoints, channel, emotion,
 * pins, ideas, departments). Each lane is one element whose content is written as escaped HTML and whose
 * cells take part in the grid ({@code display: contents}), so an open map of sixty touchpoints holds about
 * ten nodes on the server instead of thousands of components. Pins and annotate buttons are native buttons
 * that report their action ("pin:touchpoint:KIND" or "annotate:touchpoint") through one listener on the grid.
 */
class MapCanvas extends Div {

    /** The action of the pin or annotate button that was clicked on the canvas. */
    private static final String ACTION = "event.target.closest('[data-action]') ? "
            + "event.target.closest('[data-action]').dataset.action : ''";
    /** Remembers which button of the grid has the keyboard focus, so a redraw of its lane can give it back. */
    private static final String TRACK_FOCUS = "this.addEventListener('focusin', e => {"
            + " const b = e.target.closest('[data-action]'); this.$focused = b ? b.dataset.action : null; });"
            + " this.addEventListener('focusout', e => {"
            + " if (e.relatedTarget && !this.contains(e.relatedTarget)) { this.$focused = null; return; }"
            // focus left for nowhere: the member clicked elsewhere, unless the button was taken out by a redraw
            + " setTimeout(() => { if (e.target.isConnected && !this.contains(document.activeElement))"
            + " this.$focused = null; }); });";
    /** After a lane was written anew: the focus back on the button that had it, if the page lost it. */
    private static final String RESTORE_FOCUS = "const a = this.$focused;"
            + " if (a && (!document.activeElement || document.activeElement === document.body)) {"
            + " const b = [...this.querySelectorAll('[data-action]')].find(x => x.dataset.action === a);"
            + " if (b) b.focus(); }";
    /** The canvas's rows, top to bottom, with the text of their labels. */
    private enum Lane {
        STAGE("journeys.lane.stage"), GOALS("journeys.lane.goals"), TOUCHPOINTS("journeys.lane.touchpoints"),
        CHANNEL("journeys.lane.channel"), EMOTION("journeys.lane.emotion"), PINS("journeys.lane.pins"),
        IDEAS("journeys.lane.ideas"), DEPARTMENTS("journeys.lane.departments");

        final String labelKey;

        Lane(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    /** The lanes that annotations change, written again when the figures are redrawn. */
    private static final List<Lane> FIGURE_LANES = List.of(Lane.STAGE, Lane.EMOTION, Lane.PINS);

    private final Map<AnnotationKind, String> kindLabels = new EnumMap<>(AnnotationKind.class);
    /** The lane elements of the drawn grid, by lane, with the markup each holds. */
    private final Map<Lane, Div> lanes = new EnumMap<>(Lane.class);
    private final Map<Lane, String> written = new EnumMap<>(Lane.class);
    private final Consumer<String> onAction;
    private @Nullable Div grid;
    private @Nullable List<Object> drawnShape;
    private @Nullable JourneyMap drawn;
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
        lanes.clear();
        written.clear();
        grid = null;
        drawn = shown;
        getElement().setAttribute("aria-label", shown.title());
        drawnShape = shape(shown);
        if (shown.stages().isEmpty()) {
            add(new Paragraph(getTranslation("journeys.map.empty")));
            return;
        }
        kindLabels.clear();
        for (var kind : AnnotationKind.values()) {
            kindLabels.put(kind, getTranslation(kind.labelKey()));
        }
        var drawing = new Div();
        drawing.addClassName("journey-grid");
        drawing.getElement().addEventListener("click", e -> onAction.accept(e.getEventData().get(ACTION).asString()))
                .addEventData(ACTION).setFilter("!!event.target.closest('[data-action]')");
        int columns = shown.stages().stream().mapToInt(s -> Math.max(1, s.touchpoints().size())).sum();
        drawing.getStyle().set("grid-template-columns", "minmax(8rem, 10rem) repeat(" + columns + ", minmax(13rem, 1fr))");
        for (var lane : Lane.values()) {
            var element = new Div();
            element.addClassName("journey-lane");
            element.getElement().setAttribute("data-lane", lane.name().toLowerCase(Locale.ROOT));
            lanes.put(lane, element);
            write(lane, laneMarkup(lane, shown));
            drawing.add(element);
        }
        drawing.getElement().executeJs(TRACK_FOCUS);
        grid = drawing;
        add(drawing);
    }

    /**
     * Brings the figures that annotations change (emotions, pins) up to date: only the lanes whose markup
     * changed are sent again, and a button that had the keyboard focus keeps it.
     */
    void redrawFigures(JourneyMap shown) {
        drawn = shown;
        if (grid == null) {
            return;
        }
        boolean changed = false;
        for (var lane : FIGURE_LANES) {
            changed |= write(lane, laneMarkup(lane, shown));
        }
        if (changed) {
            grid.getElement().executeJs(RESTORE_FOCUS);
        }
    }

    /** The canvas's markup as the browser gets it, lane after lane. */
    String markup() {
        return String.join("", written.values());
    }

    /** The markup of one touchpoint's pins cell, as last drawn; empty when the touchpoint is not drawn. */
    String pins(long touchpointId) {
        if (drawn == null) {
            return "";
        }
        var html = new StringBuilder();
        drawn.touchpoint(touchpointId).ifPresent(t -> pinsCell(html, t, drawn));
        return html.toString();
    }

    private boolean write(Lane lane, String html) {
        if (html.equals(written.get(lane))) {
            return false;
        }
        written.put(lane, html);
        lanes.get(lane).getElement().setProperty("innerHTML", html);
        return true;
    }

    private String laneMarkup(Lane lane, JourneyMap shown) {
        var html = new StringBuilder(4096);
        html.append("<div class=\"lane-label\"><span>").append(escape(getTranslation(lane.labelKey)))
                .append("</span></div>");
        var scores = shown.scores();
        switch (lane) {
            case STAGE -> stageLane(html, shown, (stage, cell) -> {
                cell.append("<h2 class=\"stage-name\">").append(escape(stage.name())).append("</h2><div>");
                var emotion = scores.stage(stage.id());
                emotionLine(cell, emotion.emotion(), emotion.nev(), emotion.annotations());
                cell.append("</div>");
            }, "stage-cell");
            case GOALS -> stageLane(html, shown, (stage, cell) -> span(cell, stage.goal(), null), "lane-cell");
            case TOUCHPOINTS -> touchpointLane(html, shown, t -> "", (t, cell) -> {
                cell.append("<h3 class=\"touchpoint-name\">").append(escape(t.name())).append("</h3>");
                if (!t.description().isBlank()) {
                    span(cell, t.description(), "touchpoint-description");
                }
            });
            case CHANNEL -> touchpointLane(html, shown, t -> "",
                    (t, cell) -> span(cell, getTranslation(t.channel().labelKey()), "touchpoint-channel"));
            case EMOTION -> touchpointLane(html, shown, t -> heat(scores.touchpoint(t.id()).emotion()),
                    (t, cell) -> touchpointFigure(cell, t, scores));
            case PINS -> touchpointLane(html, shown, t -> "", (t, cell) -> pinsCell(cell, t, shown));
            case IDEAS -> touchpointLane(html, shown, t -> "", (t, cell) -> ideas(cell, shown.ideas().getOrDefault(t.id(), List.of())));
            case DEPARTMENTS -> touchpointLane(html, shown, t -> "", (t, cell) -> {
                if (!t.frontOffice().isBlank()) {
                    cell.append("<div>");
                    span(cell, getTranslation("journeys.map.front-office", t.frontOffice()), null);
                    cell.append("</div>");
                }
                if (!t.backOffice().isBlank()) {
                    cell.append("<div>");
                    span(cell, getTranslation("journeys.map.back-office", t.backOffice()), null);
                    cell.append("</div>");
                }
            });
        }
        return html.toString();
    }

    private void touchpointFigure(StringBuilder cell, MapTouchpoint t, JourneyScores.Scores scores) {
        var score = scores.touchpoint(t.id());
        emotionLine(cell, score.emotion(), score.nev(), score.annotations());
        if (score.people() > 0) {
            span(cell, getTranslation("journeys.map.reach", score.people(), score.organisations()), "touchpoint-reach");
        }
        if (!score.segmentShares().isEmpty()) {
            segmentShares(cell, t, score.segmentShares());
        }
    }

    /** The touchpoint's pins, one button per kind with its count, and the button that annotates it. */
    private void pinsCell(StringBuilder cell, MapTouchpoint t, JourneyMap shown) {
        cell.append("<div class=\"pins\">");
        shown.pins().getOrDefault(t.id(), Map.of()).forEach((kind, count) -> {
            var label = kindLabels.getOrDefault(kind, kind.name());
            cell.append("<button type=\"button\" class=\"pin kind-")
                    .append(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" aria-label=\"").append(escape(label + ": " + count + " · " + t.name()))
                    .append("\" data-touchpoint=\"").append(t.id())
                    .append("\" data-action=\"pin:").append(t.id()).append(':').append(kind.name()).append("\">")
                    .append(escape(label + " " + count)).append("</button>");
        });
        cell.append("</div>");
        if (shown.annotatable()) {
            var annotate = getTranslation("journeys.map.annotate");
            cell.append("<button type=\"button\" class=\"annotate\" aria-label=\"")
                    .append(escape(annotate + ": " + t.name())).append("\" data-touchpoint=\"").append(t.id())
                    .append("\" data-action=\"annotate:").append(t.id()).append("\">+ ").append(escape(annotate))
                    .append("</button>");
        }
    }

    private void ideas(StringBuilder cell, List<IdeaSummary> linked) {
        if (linked.isEmpty()) {
            span(cell, getTranslation("journeys.map.no-ideas"), "muted");
        }
        for (var idea : linked) {
            cell.append("<div class=\"touchpoint-idea\"><a href=\"").append(escape(IdeaLinks.idea(idea.id())))
                    .append("\">").append(escape(idea.title())).append("</a><span class=\"status-badge idea-status-")
                    .append(idea.status().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                    .append(escape(getTranslation(idea.status().labelKey()))).append("</span></div>");
        }
    }

    /** Which segments the touchpoint's voices come from, largest share first. */
    private void segmentShares(StringBuilder cell, MapTouchpoint t, Map<Long, Double> shares) {
        cell.append("<div class=\"segment-shares\" role=\"list\" aria-label=\"")
                .append(escape(getTranslation("journeys.map.segments.for", t.name()))).append("\">");
        cell.append(shares.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(share -> {
                    var name = share.getKey() == JourneyScores.NO_SEGMENT
                            ? getTranslation("journeys.map.segment.none")
                            : segmentNames.getOrDefault(share.getKey(), getTranslation("journeys.map.segment.none"));
                    return "<span class=\"segment-share\" role=\"listitem\">"
                            + escape(getTranslation("journeys.map.segment-share", name, share.getValue())) + "</span>";
                })
                .collect(Collectors.joining()));
        cell.append("</div>");
    }

    private void emotionLine(StringBuilder cell, @Nullable Double emotion, @Nullable Integer nev, int count) {
        cell.append("<div class=\"emotion-line\">");
        span(cell, nev == null ? getTranslation("journeys.map.nev.none") : getTranslation("journeys.map.nev", nev), "nev");
        if (emotion != null) {
            span(cell, getTranslation("journeys.map.emotion", emotion), "emotion-value");
        }
        span(cell, getTranslation("journeys.map.annotations", count), "muted");
        cell.append("</div>");
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

    /** A lane with one cell per stage, as wide as the stage's touchpoints. */
    private static void stageLane(StringBuilder html, JourneyMap shown, BiConsumer<MapStage, StringBuilder> fill,
                                  String cellClass) {
        for (var stage : shown.stages()) {
            html.append("<div class=\"").append(cellClass).append("\" style=\"grid-column: span ")
                    .append(Math.max(1, stage.touchpoints().size())).append("\">");
            fill.accept(stage, html);
            html.append("</div>");
        }
    }

    /** A lane with one cell per touchpoint (and an empty one for a stage without touchpoints). */
    private static void touchpointLane(StringBuilder html, JourneyMap shown,
                                       Function<MapTouchpoint, String> extraClass,
                                       BiConsumer<MapTouchpoint, StringBuilder> fill) {
        for (var stage : shown.stages()) {
            if (stage.touchpoints().isEmpty()) {
                html.append("<div class=\"lane-cell\"></div>");
            }
            for (var t : stage.touchpoints()) {
                var extra = extraClass.apply(t);
                html.append("<div class=\"lane-cell").append(extra.isEmpty() ? "" : " " + extra).append("\">");
                fill.accept(t, html);
                html.append("</div>");
            }
        }
    }
}
