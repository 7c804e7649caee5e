package app.rada.ideas;

import java.util.Locale;

/** Who sees an idea: every member, or only staff (for a sensitive suggestion) and its author. */
public enum Visibility {
    MEMBERS,
    STAFF;

    public String labelKey() {
        return "ideas.visibility." + name().toLowerCase(Locale.ROOT);
    }
}
