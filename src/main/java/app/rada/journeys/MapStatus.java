package app.rada.journeys;

import java.util.Locale;

/** Where a journey map is in its life: only published maps are shown to members. */
public enum MapStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String labelKey() {
        return "journeys.status." + name().toLowerCase(Locale.ROOT);
    }
}
