package app.rada.sessions;

/** A member registered for a session, or joined its waitlist because it was full. */
public record SessionRegistered(long sessionId, long personId, boolean waitlisted) {
}
