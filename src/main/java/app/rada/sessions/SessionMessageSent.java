package app.rada.sessions;

/** Staff wrote to everyone on a session's list; who they are and the text come from {@link app.rada.sessions.api.SessionAudiences}. */
public record SessionMessageSent(long sessionId, long messageId) {
}
