package app.rada.shared;

import java.util.Locale;

/**
 * The colour scheme a person picked for the portal.
 */
public enum Appearance {
    SYSTEM, LIGHT, DARK;

    public String labelKey() {
        return "appearance." + name().toLowerCase(Locale.ROOT);
    }
}
