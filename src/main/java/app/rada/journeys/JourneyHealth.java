package app.rada.journeys;

import java.util.List;

/** The touchpoints of published maps with the lowest Net Emotional Value, and the top hotspots. */
public record JourneyHealth(List<TouchpointHealth> lowestNev, List<TouchpointHealth> hotspots) {

    public JourneyHealth {
        lowestNev = List.copyOf(lowestNev);
        hotspots = List.copyOf(hotspots);
    }
}
