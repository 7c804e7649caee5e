package app.rada.journeys.ui;

import app.rada.ideas.IdeaSummary;
import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationItem;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.DraftRules;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyScores;
import app.rada.journeys.JourneyService;
import app.rada.journeys.LiveJourneys;
import app.rada.journeys.MapStage;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapTouchpoint;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Chart;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A journey map: stages as columns and lanes as rows (goals, touchpoints, channel, emotion, pins,
 * ideas, departments), the emotion curve, the ranked hotspots beside it, and the annotations below
 * with their filters. Every open view follows annotations as they are added, live.
 */
@Route("journeys/:mapId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/journeys.css")
class JourneyMapView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "mapId";
    static final int PAGE = 20;
    /** The action of the pin or annotate button that was clicked on the canvas. */
    private static final String ACTION = "event.target.closest('[data-action]') ? "
            + "event.target.closest('[data-action]').dataset.action : ''";

    final Span presence = new Span();
    final Div canvas = new Div();
    final Aside hotspots = new Aside();
    final Div annotationList = new Div();
    final Button more = new Button();
    final Paragraph noAnnotations = new Paragraph();
    final ComboBox<MapTouchpoint> touchpointFilter = new ComboBox<>();
    final MultiSelectComboBox<AnnotationKind> kindFilter = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Emotion> emotionFilter = new MultiSelectComboBox<>();
    final ComboBox<OrganisationOption> organisationFilter = new ComboBox<>();
    final ComboBox<SegmentOption> segmentFilter = new ComboBox<>();
    final Map<Long, NativeButton> annotateButtons = new HashMap<>();
    private final Map<AnnotationKind, String> kindLabels = new java.util.EnumMap<>(AnnotationKind.class);
    final Map<Long, Div> pinCells = new HashMap<>();
    private final Map<Long, Div> stageFigures = new HashMap<>();
    private final Map<Long, Div> touchpointFigures = new HashMap<>();
    private final Map<Long, Div> pinBoxes = new HashMap<>();
    private @Nullable List<Object> drawnShape;
    @Nullable Chart curve;

    private final JourneyService journeys;
    private final AnnotationService annotations;
    private final PeopleService people;
    private final LiveJourneys live;
    private final DraftRules rules;
    private final RadaUser me;
    private @Nullable JourneyMap map;
    private int loaded;
    private boolean applying;
    private @Nullable Runnable stopListening;

    JourneyMapView(JourneyService journeys, AnnotationService annotations, PeopleService people, LiveJourneys live,
                   DraftRules rules) {
        this.journeys = journeys;
        this.annotations = annotations;
        this.people = people;
        this.live = live;
        this.rules = rules;
        this.me = CurrentUser.require();
        addClassName("journey-map-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long mapId = event.getRouteParameters().getLong(PARAMETER).orElse(0L);
        try {
            map = journeys.map(mapId);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        build(map);
    }

    JourneyMap map() {
        if (map == null) {
            throw new IllegalStateException("no map loaded");
        }
        return map;
    }

    private void build(JourneyMap shown) {
        var back = new Anchor(JourneyNavigation.LIST, getTranslation("journeys.back"));
        back.addClassName("back-link");
        var title = new H1(shown.title());
        title.addClassName("journey-title");
        var header = new Div(title);
        header.addClassName("journey-header");
        if (shown.editable()) {
            var edit = new Anchor(JourneyNavigation.edit(shown.id()), getTranslation("journeys.map.edit"));
            edit.addClassName("button-link");
            edit.setId("edit-map");
            header.add(edit);
        }
        add(back, header);
        if (shown.status() != MapStatus.PUBLISHED) {
            var note = new Paragraph(getTranslation(shown.status() == MapStatus.DRAFT ? "journeys.map.draft-note"
                    : "journeys.map.archived-note"));
            note.addClassName("journey-note");
            add(note);
        }
        if (!shown.persona().isBlank()) {
            var persona = new Paragraph(getTranslation("journeys.map.persona-line", shown.persona()));
            persona.addClassName("journey-persona");
            add(persona);
        }
        if (!shown.description().isBlank()) {
            add(new Paragraph(shown.description()));
        }
        presence.setId("map-presence");
        presence.addClassName("journey-presence");
        presence.getElement().setAttribute("aria-live", "polite");
        showPresence(live.viewers(shown.id()));
        add(presence);

        canvas.addClassName("journey-canvas");
        canvas.setId("journey-canvas");
        canvas.getElement().setAttribute("role", "region");
        canvas.getElement().setAttribute("aria-label", shown.title());
        canvas.getElement().setAttribute("tabindex", "0");
        hotspots.addClassName("journey-hotspots");
        hotspots.setId("hotspots");
        var body = new Div(canvas, hotspots);
        body.addClassName("journey-body");
        add(body);

        var curveSection = new Section();
        curveSection.addClassNames("card", "chart-card", "journey-curve");
        curveSection.add(new H3(getTranslation("journeys.map.curve")));
        curve = new Chart(Map.of(), "");
        curve.setId("emotion-curve");
        curveSection.add(curve);
        add(curveSection);

        add(annotationSection(shown));
        draw(shown);
        loadAnnotations();
    }

    /** Draws the canvas, the hotspot list and the curve from the map's current figures. */
    private void draw(JourneyMap shown) {
        canvas.removeAll();
        annotateButtons.clear();
        pinCells.clear();
        stageFigures.clear();
        touchpointFigures.clear();
        pinBoxes.clear();
        drawnShape = shape(shown);
        var scores = shown.scores();
        if (shown.stages().isEmpty()) {
            canvas.add(new Paragraph(getTranslation("journeys.map.empty")));
        } else {
            int columns = shown.stages().stream().mapToInt(s -> Math.max(1, s.touchpoints().size())).sum();
            var grid = new Div();
            grid.addClassName("journey-grid");
            grid.getElement().addEventListener("click", e -> canvasAction(e.getEventData().get(ACTION).asString()))
                    .addEventData(ACTION).setFilter("!!event.target.closest('[data-action]')");
            kindLabels.clear();
            for (var kind : AnnotationKind.values()) {
                kindLabels.put(kind, getTranslation(kind.labelKey()));
            }
            var annotateText = getTranslation("journeys.map.annotate");
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
                    var status = new Span(getTranslation(idea.status().labelKey()));
                    status.addClassName("status-badge");
                    var row = new Div(link, status);
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
            canvas.add(grid);
        }
        drawHotspots(shown);
        drawCurve(shown);
    }

    /** What annotations cannot change: stages, touchpoints, linked ideas and whether the map takes annotations. */
    private static List<Object> shape(JourneyMap shown) {
        return List.of(shown.stages(), shown.ideas(), shown.annotatable());
    }

    /**
     * Brings the figures that annotations change (emotions, pins, hotspots, the curve) up to date in place;
     * the rest of the canvas stays as drawn, so a pin added elsewhere costs every viewer a few elements
     * instead of the whole map.
     */
    private void redrawFigures(JourneyMap shown) {
        var scores = shown.scores();
        for (var stage : shown.stages()) {
            fillStageFigure(stageFigures.get(stage.id()), stage, scores);
            for (var t : stage.touchpoints()) {
                fillTouchpointFigure(touchpointFigures.get(t.id()), t, scores);
                fillPins(pinBoxes.get(t.id()), t, shown);
            }
        }
        drawHotspots(shown);
        drawCurve(shown);
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

    private static final String[] HEATS = {"heat-none", "heat-negative-strong", "heat-negative", "heat-positive-strong",
        "heat-positive"};

    /** A click on a pin ("pin:touchpoint:KIND") or an annotate button ("annotate:touchpoint") of the canvas. */
    void canvasAction(String action) {
        var parts = action.split(":");
        if (map == null || parts.length < 2 || !parts[1].matches("\\d{1,18}")) {
            return;
        }
        var touchpoint = map.touchpoint(Long.parseLong(parts[1]));
        if (touchpoint.isEmpty()) {
            return;
        }
        if (parts[0].equals("annotate") && map.annotatable()) {
            openAnnotate(touchpoint.get());
        } else if (parts[0].equals("pin") && parts.length == 3) {
            java.util.Arrays.stream(AnnotationKind.values()).filter(k -> k.name().equals(parts[2])).findFirst()
                    .ifPresent(kind -> showAnnotations(touchpoint.get(), kind));
        }
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

    private Div label(Div grid, String key) {
        var label = new Div(new Span(getTranslation(key)));
        label.addClassName("lane-label");
        grid.add(label);
        return label;
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

    private void drawHotspots(JourneyMap shown) {
        hotspots.removeAll();
        hotspots.add(new H2(getTranslation("journeys.hotspots.title")));
        var list = new OrderedList();
        list.addClassName("hotspot-list");
        for (var hotspot : shown.scores().hotspots()) {
            var touchpoint = shown.touchpoint(hotspot.touchpointId());
            if (touchpoint.isEmpty()) {
                continue;
            }
            var t = touchpoint.get();
            var open = new Button(getTranslation("journeys.hotspots.item", t.name(), hotspot.priority()));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.addClassName("hotspot");
            open.addClickListener(e -> showAnnotations(t, null));
            var detail = new Span(getTranslation("journeys.hotspots.detail",
                    hotspot.nev() == null ? 0 : hotspot.nev(), hotspot.people()));
            detail.addClassName("muted");
            var item = new ListItem(open, detail);
            if (me.isStaff()) {
                // the sessions module's editor; this module only writes the address
                var plan = new Anchor("sessions/edit?touchpoint=" + t.id(), getTranslation("journeys.hotspots.plan"));
                plan.addClassName("hotspot-plan");
                plan.getElement().setAttribute("aria-label", getTranslation("journeys.hotspots.plan.label", t.name()));
                item.add(plan);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            hotspots.add(new Paragraph(getTranslation("journeys.hotspots.empty")));
        } else {
            hotspots.add(list);
        }
        var formula = new Paragraph(getTranslation("journeys.hotspots.formula"));
        formula.addClassNames("hotspot-formula", "muted");
        formula.setId("hotspot-formula");
        hotspots.add(formula);
    }

    private void drawCurve(JourneyMap shown) {
        if (curve == null) {
            return;
        }
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
        curve.setOption(option);
        curve.setSummary(getTranslation("journeys.map.curve.summary", String.join("; ", summary)));
    }

    // --- annotations

    private Section annotationSection(JourneyMap shown) {
        var section = new Section();
        section.addClassName("journey-annotations");
        section.setId("annotations");
        section.add(new H2(getTranslation("journeys.annotations.title")));
        var language = Language.closestTo(getLocale());
        touchpointFilter.setLabel(getTranslation("journeys.annotations.touchpoint"));
        touchpointFilter.setItems(shown.touchpoints());
        touchpointFilter.setItemLabelGenerator(MapTouchpoint::name);
        touchpointFilter.setPlaceholder(getTranslation("journeys.annotations.all-touchpoints"));
        touchpointFilter.setClearButtonVisible(true);
        touchpointFilter.setId("filter-touchpoint");
        kindFilter.setLabel(getTranslation("journeys.annotations.kind"));
        kindFilter.setItems(AnnotationKind.values());
        kindFilter.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kindFilter.setId("filter-kind");
        emotionFilter.setLabel(getTranslation("journeys.annotations.emotion"));
        emotionFilter.setItems(Emotion.values());
        emotionFilter.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        emotionFilter.setId("filter-emotion");
        var filters = new Div(touchpointFilter, kindFilter, emotionFilter);
        filters.addClassName("filters");
        if (me.isStaff()) {
            organisationFilter.setLabel(getTranslation("journeys.annotations.organisation"));
            organisationFilter.setItems(people.organisations());
            organisationFilter.setItemLabelGenerator(OrganisationOption::name);
            organisationFilter.setClearButtonVisible(true);
            organisationFilter.setId("filter-organisation");
            segmentFilter.setLabel(getTranslation("journeys.annotations.segment"));
            segmentFilter.setItems(people.segments());
            segmentFilter.setItemLabelGenerator(s -> language == Language.PL ? s.namePl() : s.nameEn());
            segmentFilter.setClearButtonVisible(true);
            segmentFilter.setId("filter-segment");
            filters.add(organisationFilter, segmentFilter);
            organisationFilter.addValueChangeListener(e -> filtersChanged());
            segmentFilter.addValueChangeListener(e -> filtersChanged());
        }
        touchpointFilter.addValueChangeListener(e -> filtersChanged());
        kindFilter.addValueChangeListener(e -> filtersChanged());
        emotionFilter.addValueChangeListener(e -> filtersChanged());
        annotationList.addClassName("annotation-list");
        annotationList.setId("annotation-list");
        annotationList.getElement().setAttribute("aria-live", "polite");
        noAnnotations.setText(getTranslation("journeys.annotations.empty"));
        noAnnotations.setVisible(false);
        more.setText(getTranslation("journeys.annotations.more"));
        more.addClickListener(e -> nextPage());
        section.add(filters, noAnnotations, annotationList, more);
        return section;
    }

    AnnotationFilter filter() {
        return new AnnotationFilter(touchpointFilter.getValue() == null ? null : touchpointFilter.getValue().id(),
                kindFilter.getValue(), emotionFilter.getValue(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                segmentFilter.getValue() == null ? null : segmentFilter.getValue().id());
    }

    private void filtersChanged() {
        if (!applying) {
            loadAnnotations();
        }
    }

    private void showAnnotations(MapTouchpoint touchpoint, @Nullable AnnotationKind kind) {
        applying = true;
        try {
            touchpointFilter.setValue(touchpoint);
            kindFilter.setValue(kind == null ? java.util.Set.of() : java.util.Set.of(kind));
        } finally {
            applying = false;
        }
        loadAnnotations();
        annotationList.scrollIntoView();
    }

    void loadAnnotations() {
        annotationList.removeAll();
        loaded = 0;
        nextPage();
        noAnnotations.setVisible(loaded == 0);
    }

    private void nextPage() {
        var page = annotations.list(map().id(), filter(), loaded, PAGE + 1);
        var names = new HashMap<Long, String>();
        map().touchpoints().forEach(t -> names.put(t.id(), t.name()));
        page.stream().limit(PAGE).forEach(item -> annotationList.add(
                new AnnotationCard(item, names.getOrDefault(item.touchpointId(), ""), me.isStaff(), actions)));
        loaded += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }

    /**
     * After a change made elsewhere: the first page as it is now, keeping the cards that did not change, so
     * a new annotation costs each viewer one card instead of a page of them. A viewer who has loaded more
     * pages gets the list reloaded.
     */
    void mergeLatest() {
        if (loaded > PAGE) {
            loadAnnotations();
            return;
        }
        var page = annotations.list(map().id(), filter(), 0, PAGE + 1);
        var fresh = page.stream().limit(PAGE).toList();
        var latest = new HashMap<Long, AnnotationItem>();
        fresh.forEach(item -> latest.put(item.id(), item));
        var unchanged = new HashMap<Long, AnnotationCard>();
        for (var card : cards()) {
            if (card.item.equals(latest.get(card.item.id()))) {
                unchanged.put(card.item.id(), card);
            } else {
                annotationList.remove(card);
            }
        }
        var names = new HashMap<Long, String>();
        map().touchpoints().forEach(t -> names.put(t.id(), t.name()));
        for (int i = 0; i < fresh.size(); i++) {
            var item = fresh.get(i);
            var shown = cards();
            if (i < shown.size() && shown.get(i).item.id() == item.id()) {
                continue;
            }
            var card = unchanged.get(item.id());
            if (card != null) {
                annotationList.remove(card);
            } else {
                card = new AnnotationCard(item, names.getOrDefault(item.touchpointId(), ""), me.isStaff(), actions);
            }
            annotationList.addComponentAtIndex(i, card);
        }
        var shown = cards();
        for (int i = fresh.size(); i < shown.size(); i++) {
            annotationList.remove(shown.get(i));
        }
        loaded = fresh.size();
        more.setVisible(page.size() > PAGE);
        noAnnotations.setVisible(loaded == 0);
    }

    List<AnnotationCard> cards() {
        return annotationList.getChildren().filter(AnnotationCard.class::isInstance).map(AnnotationCard.class::cast).toList();
    }

    private final AnnotationCard.Actions actions = new AnnotationCard.Actions() {
        @Override
        public void meToo(AnnotationCard card) {
            try {
                var state = annotations.toggleMeToo(card.item.id());
                card.showReactions(state.reactions(), state.reacted());
                refresh(false);
            } catch (Problem problem) {
                error(problem);
            }
        }

        @Override
        public void edit(AnnotationItem item) {
            var touchpoint = map().touchpoint(item.touchpointId()).map(MapTouchpoint::name).orElse("");
            new AnnotationDialog(getTranslation("journeys.annotation.dialog.edit") + " (" + touchpoint + ")", item.draft(),
                    rules, draft -> attempt(() -> annotations.edit(item.id(), draft))).open();
        }

        @Override
        public void delete(AnnotationItem item) {
            try {
                annotations.delete(item.id());
                Notification.show(getTranslation("journeys.annotations.deleted"), 3000, Notification.Position.BOTTOM_START);
                refresh(true);
            } catch (Problem problem) {
                error(problem);
            }
        }

        @Override
        public void toIdea(AnnotationItem item) {
            openToIdea(item);
        }
    };

    void openAnnotate(MapTouchpoint touchpoint) {
        var dialog = new AnnotationDialog(getTranslation("journeys.annotation.dialog.add", touchpoint.name()), null, rules,
                draft -> attempt(() -> {
                    annotations.add(touchpoint.id(), draft);
                    Notification.show(getTranslation("journeys.annotation.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                }));
        dialog.open();
    }

    private void openToIdea(AnnotationItem item) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("journeys.idea.dialog.title"));
        var title = new TextField(getTranslation("journeys.idea.title"));
        title.setMaxLength(app.rada.ideas.IdeaDraft.TITLE_MAX);
        var firstLine = item.text().lines().findFirst().orElse("");
        title.setValue(firstLine.length() > 100 ? firstLine.substring(0, 100) + "…" : firstLine);
        title.setWidthFull();
        var description = new TextArea(getTranslation("journeys.idea.description"));
        description.setValue(item.text());
        description.setWidthFull();
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        dialog.add(new Div(new Paragraph(getTranslation("journeys.idea.dialog.intro")), title, description, error));
        var save = new Button(getTranslation("journeys.idea.save"), e -> {
            try {
                long ideaId = annotations.turnIntoIdea(item.id(), title.getValue(), description.getValue());
                dialog.close();
                UI.getCurrent().navigate(IdeaLinks.idea(ideaId));
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("journeys.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Optional<String> attempt(Runnable work) {
        try {
            work.run();
            refresh(true);
            return Optional.empty();
        } catch (Problem problem) {
            return Optional.of(getTranslation(problem.key(), problem.args()));
        }
    }

    private void error(Problem problem) {
        Notification.show(getTranslation(problem.key(), problem.args()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Reloads the figures (and, when asked, the list) after a change here or in another view. */
    void refresh(boolean list) {
        if (map == null) {
            return;
        }
        map = journeys.map(map.id());
        if (shape(map).equals(drawnShape)) {
            redrawFigures(map);
        } else {
            draw(map);
        }
        if (list) {
            loadAnnotations();
        }
    }

    void showPresence(int viewers) {
        presence.setText(getTranslation("journeys.map.viewing", Math.max(1, viewers)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (map == null) {
            return;
        }
        var ui = attachEvent.getUI();
        long mapId = map.id();
        stopListening = live.listen(mapId, me.personId(), change -> ui.access(() -> {
            if (change instanceof LiveJourneys.PresenceChanged presenceChanged) {
                showPresence(presenceChanged.viewers());
            } else {
                refresh(false);
                mergeLatest();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return map == null ? getTranslation("journeys.list.title") : map.title();
    }
}
