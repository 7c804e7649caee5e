package app.rada.journeys;

import java.time.Instant;

/** A journey map in the list of maps. */
public record JourneySummary(long id, String title, String persona, MapStatus status, int stages, int touchpoints,
                             int annotations, Instant updatedAt) {
}
