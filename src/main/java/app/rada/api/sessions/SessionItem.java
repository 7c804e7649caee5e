package app.rada.api.sessions;

import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionRow;
import app.rada.sessions.SessionStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A design session in a list. {@code myState} is the token's person's registration, or null. */
public record SessionItem(long id, String title, SessionFormat format, Instant startsAt, Instant endsAt,
                          String timeZone, int capacity, int registered, int seatsLeft, SessionStatus status,
                          @Nullable RegistrationState myState) {

    static SessionItem of(SessionRow row) {
        return new SessionItem(row.id(), row.title(), row.format(), row.startsAt(), row.endsAt(), row.timeZone(),
                row.capacity(), row.registered(), row.seatsLeft(), row.status(), row.myState());
    }
}
