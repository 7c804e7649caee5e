package app.rada.sessions;

/** Staff published a session; members of its audience can now see and join it. */
public record SessionScheduled(long sessionId) {
}
