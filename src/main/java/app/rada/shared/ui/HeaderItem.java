package app.rada.shared.ui;

import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module puts in the header beside the user menu, such as the notification bell.
 * Modules register a Spring bean; the shell asks each one per page it draws.
 */
public interface HeaderItem {

    /** Lower comes first. */
    int order();

    Optional<Component> create(RadaUser user);
}
