package app.rada.people;

/** A member's id and name, for pickers and mentions. */
public record PersonName(long id, String name) {
}
