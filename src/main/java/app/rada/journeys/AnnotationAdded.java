package app.rada.journeys;

/** A member annotated a touchpoint of a journey map. */
public record AnnotationAdded(long annotationId, long mapId, long touchpointId, long authorId, AnnotationKind kind,
                              Emotion emotion) {
}
