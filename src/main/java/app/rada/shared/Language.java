package app.rada.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. Every user-facing text exists in each of them.
 */
public enum Language {
    EN(Locale.ENGLISH, "English"),
    PL(Locale.of("pl"), "Polski");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so a reader finds their own language in any UI. */
    public String nativeName() {
        return nativeName;
    }

    public String code() {
        return locale.getLanguage();
    }

    public static Optional<Language> of(String code) {
        for (var language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The supported language closest to the given locale, English when none matches. */
    public static Language closestTo(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage()).orElse(EN);
    }
}
