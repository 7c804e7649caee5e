package app.rada.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * The panels of recurring themes in what members wrote, offered by the module that finds them to the
 * pages where staff read annotations and ideas, so those modules need not know it. The panels are for
 * staff: a page asks for one only when its reader is staff, and the themes' service refuses everyone else.
 */
public interface ThemesPanels {

    /** The themes of a journey map, which the reader can narrow to a stage or a touchpoint. */
    MapThemes forMap(long mapId);

    /** The themes among the open ideas of the board. */
    Component forIdeas();

    /** A map's themes panel; the map page narrows it to the touchpoint the reader opened. */
    interface MapThemes {

        Component component();

        void showTouchpoint(long touchpointId);
    }
}
