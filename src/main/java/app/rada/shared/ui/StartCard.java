package app.rada.shared.ui;

import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a module adds to the start page. Modules register a Spring bean; the start page
 * shows every card that has something to say to the user, in order.
 */
public interface StartCard {

    /** Lower comes first. */
    int order();

    Optional<Component> create(RadaUser user);
}
