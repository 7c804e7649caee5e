package app.rada.api.sessions;

import app.rada.sessions.Attendance;
import app.rada.sessions.Attendee;
import app.rada.sessions.RegistrationState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person on a session's list, as staff see it. {@code name} is null for a former member;
 * {@code waitlistPosition} is 1 for the first on the waitlist, else 0; {@code byCode} tells that they checked
 * in themselves with the attendance code.
 */
public record AttendeeItem(long personId, @Nullable String name, @Nullable String email,
                           @Nullable String organisation, RegistrationState state, int waitlistPosition,
                           Instant registeredAt, @Nullable Attendance attendance, @Nullable Instant checkedInAt,
                           boolean byCode) {

    static AttendeeItem of(Attendee a) {
        return new AttendeeItem(a.personId(), a.name().orElse(null), a.email(), a.organisation(), a.state(),
                a.waitlistPosition(), a.registeredAt(), a.attendance(), a.checkedInAt(), a.byCode());
    }
}
