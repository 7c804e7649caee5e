package app.rada.sessions;

import java.util.Locale;

/** Whether a registered member came. */
public enum Attendance {
    ATTENDED, NO_SHOW;

    public String labelKey() {
        return "sessions.attendance." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
