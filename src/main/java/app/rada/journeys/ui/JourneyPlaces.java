package app.rada.journeys.ui;

import app.rada.journeys.JourneyService;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

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
}
