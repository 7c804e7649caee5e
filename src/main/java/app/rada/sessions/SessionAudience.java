package app.rada.sessions;

import java.util.Locale;

/** Who may see and join a session: every member, the advisory board, or chosen organisations and segments. */
public enum SessionAudience {
    ALL, BOARD, CHOSEN;

    public String labelKey() {
        return "sessions.audience." + name().toLowerCase(Locale.ROOT);
    }
}
