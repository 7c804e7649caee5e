package app.rada.sessions;

/** A session is over: its attendees are asked for the pulse. */
public record SessionPulseOpened(long sessionId) {
}
