package app.rada.sessions;

import java.util.Locale;

/** Where a member stands for a session. */
public enum RegistrationState {
    REGISTERED, WAITLISTED, CANCELLED;

    public String labelKey() {
        return "sessions.state." + name().toLowerCase(Locale.ROOT);
    }
}
