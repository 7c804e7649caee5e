package app.rada.journeys;

import app.rada.ideas.IdeaSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journey map as one person sees it: its stages and touchpoints, what the annotations add up to,
 * how many pins of each kind each touchpoint carries, and the ideas linked to its touchpoints.
 */
public record JourneyMap(long id, String title, String description, String persona, MapStatus status,
                         List<MapStage> stages, JourneyScores.Scores scores,
                         Map<Long, Map<AnnotationKind, Integer>> pins, Map<Long, List<IdeaSummary>> ideas,
                         boolean editable, boolean annotatable) {

    public List<MapTouchpoint> touchpoints() {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
    }

    public Optional<MapTouchpoint> touchpoint(long touchpointId) {
        return touchpoints().stream().filter(t -> t.id() == touchpointId).findFirst();
    }

    public MapDraft draft() {
        return new MapDraft(title, description, persona);
    }
}
