package app.rada.sessions;

import java.util.Locale;

/** Where a session takes place: online with a meeting link, on site at an address, or both. */
public enum SessionFormat {
    ONLINE, ON_SITE, HYBRID;

    public boolean online() {
        return this != ON_SITE;
    }

    public boolean onSite() {
        return this != ONLINE;
    }

    public String labelKey() {
        return "sessions.format." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
