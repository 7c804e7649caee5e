package app.rada.journeys;

/** An annotation became an idea linked to its touchpoint; the annotator may want to hear about it. */
public record AnnotationTurnedIntoIdea(long annotationId, long ideaId, long touchpointId, long annotatorId,
                                       long byPersonId) {
}
