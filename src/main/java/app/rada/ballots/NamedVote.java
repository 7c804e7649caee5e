package app.rada.ballots;

import java.util.Optional;

/** Who chose what in a named (not secret) ballot, shown once it has closed. */
public record NamedVote(long personId, Optional<String> name, Choice choice) {
}
