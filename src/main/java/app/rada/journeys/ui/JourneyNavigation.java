package app.rada.journeys.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the journeys module for other modules and for mails. */
@NamedInterface("navigation")
public final class JourneyNavigation {

    public static final String LIST = "journeys";

    private JourneyNavigation() {
    }

    public static String map(long mapId) {
        return "journeys/" + mapId;
    }

    public static String compare(long mapId) {
        return "journeys/" + mapId + "/compare";
    }

    public static String edit(long mapId) {
        return "journeys/" + mapId + "/edit";
    }
}
