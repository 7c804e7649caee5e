package app.rada.themes.internal;

import app.rada.ideas.IdeaMerged;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSubmitted;
import app.rada.journeys.AnnotationAdded;
import app.rada.journeys.AnnotationTurnedIntoIdea;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks the kept themes stale when something new is written; nothing is grouped here, so a burst of
 * annotations costs one grouping, at the next look.
 */
@Component
class ThemeListener {

    private final ThemeStore store;

    ThemeListener(ThemeStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(AnnotationAdded event) {
        store.markMapStale(event.mapId());
    }

    @ApplicationModuleListener
    void on(AnnotationTurnedIntoIdea event) {
        store.markAllStale();
    }

    @ApplicationModuleListener
    void on(IdeaSubmitted event) {
        store.markAllStale();
    }

    @ApplicationModuleListener
    void on(IdeaStatusChanged event) {
        store.markAllStale();
    }

    @ApplicationModuleListener
    void on(IdeaMerged event) {
        store.markAllStale();
    }
}
