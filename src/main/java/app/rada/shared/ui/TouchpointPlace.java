package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where a journey touchpoint sits (map, stage, touchpoint), as a link for pages of other modules,
 * such as an idea linked to a touchpoint. The journeys module implements it; without it, nothing shows.
 */
public interface TouchpointPlace {

    /** A link to the map for the current user, or nothing when the touchpoint is unknown or not theirs to see. */
    Optional<Component> describe(long touchpointId);

    /**
     * Fields for staff to pick a map and then one of its touchpoints; each choice is reported with the
     * touchpoint's id, or none while no touchpoint is chosen.
     */
    default Optional<Component> picker(Consumer<@Nullable Long> chosen) {
        return Optional.empty();
    }
}
