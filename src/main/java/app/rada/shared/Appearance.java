package app.rada.shared;

/**
 * The colour scheme a person picked for the portal.
 */
public enum Appearance {
    SYSTEM, LIGHT, DARK;

    public String labelKey() {
        return "appearance." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
