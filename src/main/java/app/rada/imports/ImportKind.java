package app.rada.imports;

import java.util.Locale;

/** What the rows of a file are. */
public enum ImportKind {
    IDEAS,
    VOTES,
    COMMENTS;

    public String labelKey() {
        return "imports.kind." + name().toLowerCase(Locale.ROOT);
    }
}
