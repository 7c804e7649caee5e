package app.rada.journeys;

/**
 * An annotation of the map was added, changed, removed or reacted to. Only this module listens, once the
 * change is committed, to tell the open views; it is not part of what other modules may hear.
 */
record AnnotationsTouched(long mapId, long touchpointId, long annotationId) {
}
