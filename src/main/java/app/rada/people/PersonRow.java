package app.rada.people;

import app.rada.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the people list. */
public record PersonRow(long id, String name, String email, @Nullable String organisationName,
                        @Nullable String segmentCode, Set<Role> roles, boolean active, Instant createdAt) {
}
