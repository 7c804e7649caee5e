package app.rada.shared.search;

import java.util.Locale;

/** The kinds of content the portal-wide search finds, in the order their groups are shown. */
public enum SearchKind {
    IDEA, COMMENT, ANNOTATION, SESSION, BALLOT;

    /** The translation key of the group's heading. */
    public String labelKey() {
        return "search.kind." + name().toLowerCase(Locale.ROOT);
    }
}
