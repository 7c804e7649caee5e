package app.rada.api.journeys;

import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapStatus;
import java.time.Instant;

/** A journey map in the list of maps. */
public record MapItem(long id, String title, String persona, MapStatus status, int stages, int touchpoints,
                      int annotations, Instant updatedAt) {

    static MapItem of(JourneySummary map) {
        return new MapItem(map.id(), map.title(), map.persona(), map.status(), map.stages(), map.touchpoints(),
                map.annotations(), map.updatedAt());
    }
}
