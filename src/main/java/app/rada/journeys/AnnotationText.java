package app.rada.journeys;

import org.jspecify.annotations.Nullable;

/**
 * What a member said at a touchpoint, with the feeling and the organisation behind it, for staff who
 * look for what many annotations have in common.
 */
public record AnnotationText(long id, long mapId, long stageId, long touchpointId, String touchpointName,
                             Emotion emotion, int intensity, String text, @Nullable Long organisationId,
                             @Nullable Long segmentId, @Nullable Long ideaId) {
}
