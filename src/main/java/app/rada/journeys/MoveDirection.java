package app.rada.journeys;

/** Moving a stage or touchpoint one place earlier or later. */
public enum MoveDirection {
    EARLIER, LATER
}
