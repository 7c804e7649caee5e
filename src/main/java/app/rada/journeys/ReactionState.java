package app.rada.journeys;

/** Whether the caller says "me too" to an annotation now, and how many people do. */
public record ReactionState(boolean reacted, int reactions) {
}
