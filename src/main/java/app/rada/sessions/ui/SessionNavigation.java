package app.rada.sessions.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the sessions module for other modules and for mails. */
@NamedInterface("navigation")
public final class SessionNavigation {

    public static final String LIST = "sessions";
    public static final String NEW = "sessions/edit";

    private SessionNavigation() {
    }

    public static String session(long sessionId) {
        return "sessions/" + sessionId;
    }

    public static String edit(long sessionId) {
        return "sessions/edit/" + sessionId;
    }

    /** A new session about a journey touchpoint (the journeys module writes this address itself). */
    public static String planFor(long touchpointId) {
        return NEW + "?touchpoint=" + touchpointId;
    }

    /** The page of an idea (the ideas module keeps its own navigation class internal to it). */
    static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }
}
