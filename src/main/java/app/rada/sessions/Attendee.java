package app.rada.sessions;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member on a session's list, as staff see it.
 *
 * @param name empty for a former member
 * @param waitlistPosition 1 for the first on the waitlist, 0 otherwise
 * @param byCode whether they checked in themselves with the attendance code
 */
public record Attendee(long personId, Optional<String> name, @Nullable String email, @Nullable String organisation,
                       RegistrationState state, int waitlistPosition, Instant registeredAt,
                       @Nullable Attendance attendance, @Nullable Instant checkedInAt, boolean byCode) {
}
