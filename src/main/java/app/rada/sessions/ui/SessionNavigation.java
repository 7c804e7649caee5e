package app.rada.sessions.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
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

    /**
     * A new session about a theme of what members said: its words as the title and purpose, linked to the
     * touchpoint and the idea the theme is mostly about, when it has them.
     */
    public static String planAbout(String title, String purpose, @Nullable Long touchpointId, @Nullable Long ideaId) {
        var query = new StringBuilder(NEW).append("?title=").append(encode(title)).append("&purpose=").append(encode(purpose));
        if (touchpointId != null) {
            query.append("&touchpoint=").append(touchpointId);
        }
        if (ideaId != null) {
            query.append("&idea=").append(ideaId);
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The page of an idea (the ideas module keeps its own navigation class internal to it). */
    static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }
}
