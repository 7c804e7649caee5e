package app.rada.people;

/** An admin changed what a person may do in the portal. */
public record PersonRolesChanged(long personId) {
}
