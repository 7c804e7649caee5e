package app.rada.sessions;

/** A member was checked in: by staff, or with the attendance code. */
public record SessionAttended(long sessionId, long personId) {
}
