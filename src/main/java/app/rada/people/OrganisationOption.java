package app.rada.people;

/** An organisation to pick in a filter or a form. */
public record OrganisationOption(long id, String name, long segmentId) {
}
