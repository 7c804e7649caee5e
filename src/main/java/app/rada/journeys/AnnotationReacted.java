package app.rada.journeys;

/** Someone said "me too" to an annotation, or took it back. */
public record AnnotationReacted(long annotationId, long mapId, long personId, long authorId, boolean meToo,
                                int reactions) {
}
