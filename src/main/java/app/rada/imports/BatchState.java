package app.rada.imports;

import java.util.Locale;

/** Where an import stands. */
public enum BatchState {
    RUNNING,
    DONE,
    FAILED,
    UNDONE;

    public String labelKey() {
        return "imports.state." + name().toLowerCase(Locale.ROOT);
    }
}
