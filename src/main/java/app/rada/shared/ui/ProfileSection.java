package app.rada.shared.ui;

import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section a module adds to the person's own page ({@code /me}): the password, notification
 * preferences, privacy. Modules register a Spring bean; the profile page shows them in order.
 */
public interface ProfileSection {

    /** Lower comes first. */
    int order();

    Optional<Component> create(RadaUser user);
}
