package app.rada.journeys;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which annotations of a map to list. Organisation and segment are staff filters; a member who sets
 * them is refused.
 */
public record AnnotationFilter(@Nullable Long touchpointId, Set<AnnotationKind> kinds, Set<Emotion> emotions,
                               @Nullable Long organisationId, @Nullable Long segmentId) {

    public AnnotationFilter {
        kinds = Set.copyOf(kinds);
        emotions = Set.copyOf(emotions);
    }

    public static AnnotationFilter all() {
        return new AnnotationFilter(null, Set.of(), Set.of(), null, null);
    }

    public AnnotationFilter onTouchpoint(@Nullable Long touchpoint) {
        return new AnnotationFilter(touchpoint, kinds, emotions, organisationId, segmentId);
    }

    public boolean staffOnly() {
        return organisationId != null || segmentId != null;
    }
}
