package app.rada.people;

/** A segment to pick in a filter or a form, with its names in both languages and its vote weight. */
public record SegmentOption(long id, String code, String nameEn, String namePl, int voteWeight) {
}
