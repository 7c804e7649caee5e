package app.rada.people;

import java.time.LocalDate;

/** A board member's term, from its first to its last day. */
public record BoardTerm(long personId, LocalDate start, LocalDate end) {
}
