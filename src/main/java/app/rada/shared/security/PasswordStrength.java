package app.rada.shared.security;

import java.util.Locale;

/** How hard a password is to guess, as the strength meter shows it. */
public enum PasswordStrength {
    WEAK, FAIR, STRONG;

    public String labelKey() {
        return "password.strength." + name().toLowerCase(Locale.ROOT);
    }
}
