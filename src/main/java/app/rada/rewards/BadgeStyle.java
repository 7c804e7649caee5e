package app.rada.rewards;

import app.rada.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * How a badge is shown: the names an admin gave it (none: the portal's own), its colour, its place in the
 * list, and whether it is retired (no longer awarded; those already earned stay).
 */
public record BadgeStyle(Badge badge, @Nullable String nameEn, @Nullable String namePl, BadgeColour colour,
                         int order, boolean retired) {

    /** The admin's name in the language, or none when the portal's own translated name is used. */
    public @Nullable String customName(Language language) {
        var name = language == Language.PL ? namePl : nameEn;
        return name == null || name.isBlank() ? null : name;
    }
}
