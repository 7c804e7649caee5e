package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a module adds to the start page, answering "what needs me now" for its part of the portal.
 * Modules register a Spring bean in their {@code ui} package; the start page shows, in order, every
 * card that has something to say to the reader. A card reads through its module's services, so the
 * services' own rules decide what the reader may see.
 */
public interface StartCard {

    /** Lower comes first: what waits for the reader's action before what merely happened. */
    int order();

    Optional<Component> create(StartContext context);
}
