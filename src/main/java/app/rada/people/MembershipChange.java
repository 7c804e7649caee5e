package app.rada.people;

import app.rada.shared.Role;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin sets for a person: roles, organisation and, for board members, the term. */
public record MembershipChange(Set<Role> roles, @Nullable Long organisationId, @Nullable LocalDate boardTermStart,
                               @Nullable LocalDate boardTermEnd) {
}
