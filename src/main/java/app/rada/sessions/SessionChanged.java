package app.rada.sessions;

/** Staff changed a scheduled session, or cancelled it; registrants were sent the updated calendar entry. */
public record SessionChanged(long sessionId, boolean cancelled) {
}
