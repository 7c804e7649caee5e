package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapTouchpoint;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointEditingService;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.StatusBadge;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Staff edit a map: its details and status ({@link MapDetailsPanel}), its stages and touchpoints
 * ({@link StructurePanel}) and its saved versions ({@link VersionsPanel}). Every change redraws the page
 * from what is stored, and a refusal is shown in words above the panels.
 */
@Route("journeys/:mapId([0-9]{1,18})/edit")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/journeys.css")
class JourneyEditView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Paragraph error = new Paragraph();
    final MapDetailsPanel details;
    final StructurePanel structure;
    final VersionsPanel versions;
    final TextField title;
    final TextField persona;
    final TextArea description;
    final Button saveDetails;
    final Button publish;
    final Button archive;
    final Button duplicate;
    final TextField newStage;
    final Button addStage;
    final OrderedList stages;
    final TextField versionLabel;
    final Button saveVersion;
    private final JourneyService journeys;
    private @Nullable JourneyMap map;

    JourneyEditView(JourneyService journeys, MapEditingService mapEditing, StageEditingService stageEditing,
                    TouchpointEditingService touchpointEditing, MapVersionService mapVersions, DraftRules rules) {
        this.journeys = journeys;
        this.details = new MapDetailsPanel(this, mapEditing, rules);
        this.structure = new StructurePanel(this, stageEditing, touchpointEditing, rules);
        this.versions = new VersionsPanel(this, mapVersions, rules);
        title = details.title;
        persona = details.persona;
        description = details.description;
        saveDetails = details.saveDetails;
        publish = details.publish;
        archive = details.archive;
        duplicate = details.duplicate;
        newStage = structure.newStage;
        addStage = structure.addStage;
        stages = structure.stages;
        versionLabel = versions.versionLabel;
        saveVersion = versions.saveVersion;
        addClassNames("journey-edit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteLoading.loadOrNotFound(event, JourneyMapView.PARAMETER, journeys::map).ifPresent(loaded -> {
            map = loaded;
            removeAll();
            build();
        });
    }

    JourneyMap map() {
        if (map == null) {
            throw new IllegalStateException("no map loaded");
        }
        return map;
    }

    private void build() {
        var shown = map();
        var back = new Anchor(JourneyNavigation.map(shown.id()), getTranslation("journeys.map.open"));
        back.addClassName("back-link");
        var status = StatusBadge.of(getTranslation(shown.status().labelKey()), "journey-status", shown.status());
        status.setId("map-status");
        var heading = new H1(getTranslation("journeys.edit.title", shown.title()));
        heading.addClassName("journey-title");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("edit-error");
        add(back, heading, status, error);
        details.show(shown);
        structure.show(shown);
        versions.show(shown);
        add(details, structure, versions);
    }

    void openTouchpoint(long stageId, @Nullable MapTouchpoint existing) {
        structure.openTouchpoint(stageId, existing);
    }

    /** Runs a change, shows a refusal in words, and redraws from what is stored now. */
    void act(Runnable work, @Nullable String doneKey) {
        try {
            work.run();
            error.setText("");
            reload();
            if (doneKey != null) {
                Toasts.success(getTranslation(doneKey));
            }
        } catch (Problem problem) {
            refused(problem);
        }
    }

    void refused(Problem problem) {
        error.setText(getTranslation(problem.key(), problem.args()));
    }

    void reload() {
        map = journeys.map(map().id());
        removeAll();
        build();
    }

    @Override
    public String getPageTitle() {
        return map == null ? getTranslation("journeys.list.title") : getTranslation("journeys.edit.title", map.title());
    }
}
