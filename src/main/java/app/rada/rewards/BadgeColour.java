package app.rada.rewards;

import java.util.Locale;

/** The colours a badge may wear; each has a translated name and a style class. */
public enum BadgeColour {
    BLUE, GREEN, AMBER, RED, PURPLE, GREY;

    public String labelKey() {
        return "catalogue.colour." + name().toLowerCase(Locale.ROOT);
    }

    public String styleClass() {
        return "badge-colour-" + name().toLowerCase(Locale.ROOT);
    }
}
