package app.rada.journeys.internal;

/** Something kept in order among its siblings: stages in a map, touchpoints in a stage. */
public interface Positioned {

    int getPosition();

    void setPosition(int position);
}
