package app.rada.journeys.ui;

import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapTouchpoint;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Shows on other pages (an idea's) where on a journey map a touchpoint sits, with a link to the map. */
@org.springframework.stereotype.Component
class JourneyPlaces implements TouchpointPlace {

    private final JourneyService journeys;

    JourneyPlaces(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public Optional<Component> describe(long touchpointId) {
        var ui = UI.getCurrent();
        return journeys.location(touchpointId).map(place -> {
            var line = new Paragraph(new Span(ui.getTranslation("journeys.place") + " "),
                    new Anchor(JourneyNavigation.map(place.mapId()), ui.getTranslation("journeys.place.link",
                            place.mapTitle(), place.stageName(), place.touchpointName())));
            line.addClassName("journey-place");
            line.setId("journey-place");
            return line;
        });
    }

    @Override
    public Optional<Component> picker(Consumer<@Nullable Long> chosen) {
        var ui = UI.getCurrent();
        var map = new ComboBox<JourneySummary>(ui.getTranslation("journeys.place.pick.map"));
        map.setItems(query -> journeys.maps(query.getOffset(), query.getLimit()).stream());
        map.setItemLabelGenerator(JourneySummary::title);
        map.setId("place-map");
        var touchpoint = new ComboBox<MapTouchpoint>(ui.getTranslation("journeys.place.pick.touchpoint"));
        touchpoint.setEnabled(false);
        touchpoint.setId("place-touchpoint");
        map.addValueChangeListener(e -> {
            touchpoint.clear();
            if (e.getValue() == null) {
                touchpoint.setItems(List.of());
                touchpoint.setEnabled(false);
                return;
            }
            var stages = journeys.stagesOf(e.getValue().id());
            var stageNames = new HashMap<Long, String>();
            stages.forEach(stage -> stageNames.put(stage.id(), stage.name()));
            touchpoint.setItems(stages.stream().flatMap(stage -> stage.touchpoints().stream()).toList());
            touchpoint.setItemLabelGenerator(t -> ui.getTranslation("journeys.place.pick.label",
                    stageNames.getOrDefault(t.stageId(), ""), t.name()));
            touchpoint.setEnabled(true);
        });
        touchpoint.addValueChangeListener(e -> chosen.accept(e.getValue() == null ? null : e.getValue().id()));
        var fields = new Div(map, touchpoint);
        fields.addClassName("dialog-form");
        return Optional.of(fields);
    }
}
