package app.rada.sessions;

/** A seat freed up and went to the first member on the waitlist, who is now registered. */
public record SessionSeatOffered(long sessionId, long personId) {
}
