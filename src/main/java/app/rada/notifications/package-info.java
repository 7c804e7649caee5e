/**
 * The notification centre: in-app notifications with a live bell, and e-mail at once or as a daily
 * digest, as each person prefers for each kind. Other modules publish events; this module decides.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package app.rada.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
