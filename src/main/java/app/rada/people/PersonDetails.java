package app.rada.people;

import app.rada.shared.Role;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person as the admin's edit form shows them. */
public record PersonDetails(long id, String name, String email, Set<Role> roles, @Nullable Long organisationId,
                            @Nullable LocalDate boardTermStart, @Nullable LocalDate boardTermEnd, boolean active) {
}
