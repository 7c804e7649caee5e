package app.rada.sessions;

/** A registered member is to be reminded that a session starts in about {@code hoursBefore} hours; sent once. */
public record SessionReminderDue(long sessionId, long personId, int hoursBefore) {
}
