package app.rada.people;

/** How many active members a segment has. */
public record SegmentCount(SegmentOption segment, long members) {
}
