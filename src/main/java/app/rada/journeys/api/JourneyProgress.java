package app.rada.journeys.api;

import app.rada.journeys.internal.JourneyFiguresStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How far a member has come on a journey map, for the rewards that follow an annotation. */
@Component
@Transactional(readOnly = true)
public class JourneyProgress {

    private final JourneyFiguresStore store;

    JourneyProgress(JourneyFiguresStore store) {
        this.store = store;
    }

    /** Whether the person has annotated every stage of the map. */
    public boolean annotatedEveryStage(long mapId, long personId) {
        return store.annotatedEveryStage(mapId, personId);
    }
}
