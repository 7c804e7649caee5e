package app.rada.journeys.ui;

import app.rada.journeys.AnnotationExportService;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.DraftRules;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyService;
import app.rada.journeys.LiveJourneys;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapTouchpoint;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.ThemesPanels;
import app.rada.shared.ui.WhileAttached;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A journey map: the canvas of stages and lanes ({@link MapCanvas}), the ranked hotspots beside it
 * ({@link HotspotList}), the emotion curve ({@link EmotionCurve}) and the annotations below with their
 * filters ({@link AnnotationsSection}); staff also see the recurring themes of the map, a stage or the
 * touchpoint they open ({@link ThemesPanels}). Every open view follows annotations as they are added, live.
 */
@Route("journeys/:mapId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/journeys.css")
class JourneyMapView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "mapId";
    static final int PAGE = AnnotationsSection.PAGE;

    final Span presence = new Span();
    final MapCanvas canvas = new MapCanvas(this::canvasAction);
    /** For staff: the map's annotations as a CSV file. */
    final Anchor exportAnnotations = new Anchor();
    private final AnnotationExportService annotationExport;
    final HotspotList hotspotList;
    final Aside hotspots;
    final EmotionCurve curveSection = new EmotionCurve();
    final Chart curve = curveSection.chart;
    final AnnotationsSection annotationSection;
    final Div annotationList;
    final Button more;
    final Paragraph noAnnotations;
    final ComboBox<MapTouchpoint> touchpointFilter;
    final MultiSelectComboBox<AnnotationKind> kindFilter;
    final MultiSelectComboBox<Emotion> emotionFilter;
    final ComboBox<OrganisationOption> organisationFilter;
    final ComboBox<SegmentOption> segmentFilter;

    private final JourneyService journeys;
    private final LiveJourneys live;
    private final RadaUser me;
    private final @Nullable ThemesPanels themesPanels;
    /** The recurring themes of the map, for staff only. */
    ThemesPanels.@Nullable MapThemes themes;
    private @Nullable JourneyMap map;

    JourneyMapView(JourneyService journeys, AnnotationService annotations, PeopleService people, LiveJourneys live,
                   DraftRules rules, AnnotationExportService annotationExport, ObjectProvider<ThemesPanels> panels) {
        this.journeys = journeys;
        this.annotationExport = annotationExport;
        this.live = live;
        this.me = CurrentUser.require();
        this.themesPanels = me.isStaff() ? panels.getIfAvailable() : null;
        addClassName("journey-map-view");
        var language = Language.closestTo(getLocale());
        canvas.segmentNames(people.segments().stream().collect(Collectors.toMap(SegmentOption::id,
                s -> language == Language.PL ? s.namePl() : s.nameEn())));
        hotspotList = new HotspotList(me.isStaff(), t -> showAnnotations(t, null));
        hotspots = hotspotList;
        annotationSection = new AnnotationsSection(annotations, people, rules, me, this::map, this::refresh);
        annotationList = annotationSection.annotationList;
        more = annotationSection.more;
        noAnnotations = annotationSection.noAnnotations;
        touchpointFilter = annotationSection.touchpointFilter;
        kindFilter = annotationSection.kindFilter;
        emotionFilter = annotationSection.emotionFilter;
        organisationFilter = annotationSection.organisationFilter;
        segmentFilter = annotationSection.segmentFilter;
        WhileAttached.listen(this, ui -> map == null ? () -> { } : live.listen(map.id(), me.personId(),
                change -> ui.access(() -> {
                    if (change instanceof LiveJourneys.PresenceChanged presenceChanged) {
                        showPresence(presenceChanged.viewers());
                    } else {
                        refresh();
                        annotationSection.mergeLatest();
                    }
                })));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteLoading.loadOrNotFound(event, PARAMETER, journeys::map).ifPresent(loaded -> {
            map = loaded;
            removeAll();
            build(loaded);
        });
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
        if (me.isStaff()) {
            var locale = getLocale();
            long mapId = shown.id();
            exportAnnotations.setText(getTranslation("exports.annotations.download"));
            exportAnnotations.setHref((DownloadHandler) event -> {
                event.setFileName("annotations-" + mapId + ".csv");
                event.setContentType("text/csv; charset=UTF-8");
                var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                annotationExport.exportCsv(mapId, locale, writer);
                writer.flush();
            }, AttachmentType.DOWNLOAD);
            exportAnnotations.setId("export-annotations");
            exportAnnotations.addClassName("button-link");
            header.add(exportAnnotations);
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
        var body = new Div(canvas, hotspots);
        body.addClassName("journey-body");
        add(body, curveSection);
        themes = themesPanels == null ? null : themesPanels.forMap(shown.id());
        if (themes != null) {
            add(themes.component());
        }
        add(annotationSection);
        draw(shown);
        annotationSection.show(shown);
    }

    /** Draws the canvas, the hotspot list and the curve from the map's current figures. */
    private void draw(JourneyMap shown) {
        canvas.draw(shown);
        hotspotList.show(shown);
        curveSection.show(shown);
    }

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
            annotationSection.openAnnotate(touchpoint.get());
        } else if (parts[0].equals("pin") && parts.length == 3) {
            Arrays.stream(AnnotationKind.values()).filter(k -> k.name().equals(parts[2])).findFirst()
                    .ifPresent(kind -> showAnnotations(touchpoint.get(), kind));
        }
    }

    private void showAnnotations(MapTouchpoint touchpoint, @Nullable AnnotationKind kind) {
        annotationSection.showAnnotations(touchpoint, kind);
        if (themes != null) {
            themes.showTouchpoint(touchpoint.id());
        }
    }

    void loadAnnotations() {
        annotationSection.loadAnnotations();
    }

    void mergeLatest() {
        annotationSection.mergeLatest();
    }

    List<AnnotationCard> cards() {
        return annotationSection.cards();
    }

    /** Reloads the figures after a change here or in another view; the list merges the change itself. */
    void refresh() {
        if (map == null) {
            return;
        }
        map = journeys.map(map.id());
        if (canvas.drawnAs(map)) {
            canvas.redrawFigures(map);
            hotspotList.show(map);
            curveSection.show(map);
        } else {
            draw(map);
        }
    }

    void showPresence(int viewers) {
        presence.setText(getTranslation("journeys.map.viewing", Math.max(1, viewers)));
    }

    @Override
    public String getPageTitle() {
        return map == null ? getTranslation("journeys.list.title") : map.title();
    }
}
