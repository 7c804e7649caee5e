package app.rada.journeys.ui;

import app.rada.journeys.JourneyAgendaService;
import app.rada.journeys.JourneyFiguresService;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The journeys' card on the start page: for a member, the maps whose touchpoints still wait for their
 * experience; for staff, the hottest hotspots of the last quarter.
 */
@org.springframework.stereotype.Component
class JourneyStartCard implements StartCard {

    private static final int SHOWN = 3;
    private static final int HOTSPOTS = 5;
    /** The span the staff's hotspots are scored over. */
    static final Duration HOTSPOT_SPAN = Duration.ofDays(90);

    private final JourneyAgendaService agenda;
    private final JourneyFiguresService figures;
    private final Clock clock;

    JourneyStartCard(JourneyAgendaService agenda, JourneyFiguresService figures, Clock clock) {
        this.agenda = agenda;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        var ui = UI.getCurrent();
        if (context.user().isStaff()) {
            var now = Instant.now(clock);
            var card = new AgendaCard("start-journeys", ui.getTranslation("start.journeys.staff.title"));
            for (var spot : figures.health(now.minus(HOTSPOT_SPAN), now, HOTSPOTS).hotspots()) {
                var nev = spot.nev() == null ? "–" : ui.getTranslation("start.journeys.nev", spot.nev());
                card.item(spot.touchpointName(), JourneyNavigation.map(spot.mapId()), ui.getTranslation(
                        "start.journeys.hotspot", spot.mapTitle(), spot.stageName(), spot.annotations(), nev));
            }
            return Optional.of(card.whenEmpty(ui.getTranslation("start.journeys.staff.empty"))
                    .more(ui.getTranslation("start.journeys.all"), JourneyNavigation.LIST));
        }
        var card = new AgendaCard("start-journeys", ui.getTranslation("start.journeys.member.title"));
        for (var map : agenda.mapsToAnnotate(SHOWN)) {
            card.item(map.title(), JourneyNavigation.map(map.mapId()),
                    ui.getTranslation("start.journeys.left", map.left(), map.touchpoints()));
        }
        return Optional.of(card.whenEmpty(ui.getTranslation("start.journeys.member.empty"))
                .more(ui.getTranslation("start.journeys.all"), JourneyNavigation.LIST));
    }
}
