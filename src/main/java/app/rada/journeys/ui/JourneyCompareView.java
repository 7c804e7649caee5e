package app.rada.journeys.ui;

import app.rada.ideas.IdeaSummary;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapVersion;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.VersionComparison;
import app.rada.shared.Roles;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.RouteLoading;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two moments of a map side by side: a saved version, and a later version or now. Per touchpoint
 * the Net Emotional Value and annotations then and now, and the ideas done there in between.
 */
@Route("journeys/:mapId([0-9]{1,18})/compare")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/journeys.css")
class JourneyCompareView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Select<MapVersion> from = new Select<>();
    final Select<MapVersion> to = new Select<>();
    final Grid<VersionComparison.Row> grid = new Grid<>();
    private final JourneyService journeys;
    private final MapVersionService mapVersions;
    private @Nullable JourneyMap map;

    JourneyCompareView(JourneyService journeys, MapVersionService mapVersions) {
        this.journeys = journeys;
        this.mapVersions = mapVersions;
        addClassNames("journey-edit-view", "journey-compare-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteLoading.loadOrNotFound(event, JourneyMapView.PARAMETER, journeys::map).ifPresent(loaded -> {
            map = loaded;
            removeAll();
            build(loaded, mapVersions.versions(loaded.id()));
        });
    }

    private void build(JourneyMap shown, List<MapVersion> versions) {
        var back = new Anchor(JourneyNavigation.edit(shown.id()), getTranslation("journeys.map.edit"));
        back.addClassName("back-link");
        add(back, new H1(getTranslation("journeys.compare.title", shown.title())));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("journeys.compare.need-version")));
            return;
        }
        from.setLabel(getTranslation("journeys.compare.from"));
        from.setItems(versions);
        from.setItemLabelGenerator(this::label);
        from.setValue(versions.getLast());
        from.setId("compare-from");
        to.setLabel(getTranslation("journeys.compare.to"));
        to.setItems(versions);
        to.setItemLabelGenerator(this::label);
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption(getTranslation("journeys.compare.now"));
        to.setId("compare-to");
        var pickers = new Div(from, to);
        pickers.addClassName("filters");

        grid.setId("compare-grid");
        grid.addColumn(VersionComparison.Row::stageName).setHeader(getTranslation("journeys.compare.stage"));
        grid.addColumn(r -> r.touchpointName() + (r.removed() ? " " + getTranslation("journeys.compare.removed") : ""))
                .setHeader(getTranslation("journeys.compare.touchpoint")).setFlexGrow(2);
        grid.addColumn(r -> nev(r.nevThen())).setHeader(getTranslation("journeys.compare.nev-then"));
        grid.addColumn(r -> nev(r.nevNow())).setHeader(getTranslation("journeys.compare.nev-now"));
        grid.addColumn(r -> r.change() == null ? getTranslation("journeys.compare.none")
                : (r.change() > 0 ? "+" : "") + r.change()).setHeader(getTranslation("journeys.compare.change"));
        grid.addColumn(VersionComparison.Row::annotationsThen).setHeader(getTranslation("journeys.compare.annotations-then"));
        grid.addColumn(VersionComparison.Row::annotationsNow).setHeader(getTranslation("journeys.compare.annotations-now"));
        grid.addComponentColumn(r -> {
            var ideas = new Div();
            for (IdeaSummary idea : r.ideasDone()) {
                ideas.add(new Div(new Anchor(IdeaLinks.idea(idea.id()), idea.title())));
            }
            if (r.ideasDone().isEmpty()) {
                ideas.add(new Span(getTranslation("journeys.compare.none")));
            }
            return ideas;
        }).setHeader(getTranslation("journeys.compare.ideas-done")).setFlexGrow(2);
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        add(pickers, grid);
        show();
    }

    private String label(@Nullable MapVersion version) {
        if (version == null) {
            return getTranslation("journeys.compare.now");
        }
        return getTranslation("journeys.version.item", version.number(), version.label(),
                Formats.date(version.createdAt(), getLocale(), Formats.zone()));
    }

    private String nev(@Nullable Integer value) {
        return value == null ? getTranslation("journeys.compare.none") : String.valueOf(value);
    }

    void show() {
        if (map == null || from.getValue() == null) {
            return;
        }
        // the bounded list of a map's touchpoints, not a page query: a map holds dozens of them
        grid.setItems(mapVersions.compare(map.id(), from.getValue().id(), to.getValue() == null ? null : to.getValue().id())
                .rows());
    }

    List<VersionComparison.Row> rows() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return map == null ? getTranslation("journeys.list.title") : getTranslation("journeys.compare.title", map.title());
    }
}
