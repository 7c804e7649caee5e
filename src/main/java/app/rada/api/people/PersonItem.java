package app.rada.api.people;

import app.rada.people.PersonRow;
import app.rada.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person in the people list. */
public record PersonItem(long id, String name, String email, @Nullable String organisationName,
                         @Nullable String segmentCode, Set<Role> roles, boolean active, Instant createdAt) {

    public PersonItem {
        roles = Set.copyOf(roles);
    }

    static PersonItem of(PersonRow row) {
        return new PersonItem(row.id(), row.name(), row.email(), row.organisationName(), row.segmentCode(),
                row.roles(), row.active(), row.createdAt());
    }
}
