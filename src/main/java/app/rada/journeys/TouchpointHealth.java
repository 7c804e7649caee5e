package app.rada.journeys;

import org.jspecify.annotations.Nullable;

/**
 * A touchpoint's figures over a span of time, with where it sits, for staff's overview of journey health.
 * Net Emotional Value and priority are computed as on the map (see {@link JourneyScores}).
 */
public record TouchpointHealth(long touchpointId, long mapId, String mapTitle, String stageName, String touchpointName,
                               int annotations, @Nullable Integer nev, double priority, int people) {
}
