package app.rada.journeys;

/** A published journey map with touchpoints the reader has not annotated yet. */
public record MapToAnnotate(long mapId, String title, int touchpoints, int annotatedByMe) {

    public int left() {
        return touchpoints - annotatedByMe;
    }
}
