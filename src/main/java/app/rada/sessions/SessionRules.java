package app.rada.sessions;

import java.time.Duration;

/** The times the sessions module works by. */
public final class SessionRules {

    /** Attendees may check in with the code from this long before the start … */
    public static final Duration CHECK_IN_BEFORE = Duration.ofMinutes(30);
    /** … until this long after the end. */
    public static final Duration CHECK_IN_AFTER = Duration.ofHours(2);
    public static final Duration FIRST_REMINDER = Duration.ofHours(24);
    public static final Duration SECOND_REMINDER = Duration.ofHours(1);
    /** Wrong attendance codes a member may type for one session before being refused. */
    public static final int CODE_ATTEMPTS_MAX = 10;

    private SessionRules() {
    }
}
