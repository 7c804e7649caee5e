package app.rada.people;

import app.rada.shared.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One invitation in the staff's list. */
public record InvitationRow(long id, String name, String email, @Nullable String organisationName, Role role,
                            InvitationState state, Instant createdAt, Instant expiresAt, int sentCount) {
}
