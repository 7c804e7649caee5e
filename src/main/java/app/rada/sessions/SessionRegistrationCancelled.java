package app.rada.sessions;

/** A member gave up their seat or their place on the waitlist. */
public record SessionRegistrationCancelled(long sessionId, long personId) {
}
