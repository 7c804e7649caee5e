package app.rada.journeys;

import java.util.List;

/** A stage as the map shows it, with its touchpoints in order. */
public record MapStage(long id, String name, String goal, List<MapTouchpoint> touchpoints) {

    public MapStage {
        touchpoints = List.copyOf(touchpoints);
    }
}
