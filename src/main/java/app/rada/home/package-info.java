/**
 * The start page every member lands on, with the cards other modules add to it.
 */
@ApplicationModule(displayName = "Home")
@NullMarked
package app.rada.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
