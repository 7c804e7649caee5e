package app.rada.sessions;

import java.util.Locale;

/** A draft only staff see; a scheduled session members can join; a cancelled one. */
public enum SessionStatus {
    DRAFT, SCHEDULED, CANCELLED;

    public String labelKey() {
        return "sessions.status." + name().toLowerCase(Locale.ROOT);
    }
}
