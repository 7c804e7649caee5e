package app.rada.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session in a list or on the month calendar.
 *
 * @param myState the caller's registration, or null when they have none
 */
public record SessionRow(long id, String title, SessionFormat format, Instant startsAt, Instant endsAt,
                         String timeZone, int capacity, int registered, SessionStatus status,
                         @Nullable RegistrationState myState) {

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }
}
