package app.rada.shared.security;

/** How hard a password is to guess, as the strength meter shows it. */
public enum PasswordStrength {
    WEAK, FAIR, STRONG;

    public String labelKey() {
        return "password.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
