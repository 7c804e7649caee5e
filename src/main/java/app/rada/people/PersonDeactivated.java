package app.rada.people;

/** A person can no longer log in; their open sessions are to end. */
public record PersonDeactivated(long personId) {
}
