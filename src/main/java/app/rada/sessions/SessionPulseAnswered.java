package app.rada.sessions;

/** An attendee answered (or changed) the pulse after a session. */
public record SessionPulseAnswered(long sessionId, long personId, int effort, int recommend) {
}
