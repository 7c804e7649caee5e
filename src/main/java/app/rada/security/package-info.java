/**
 * Login, logout and the web security rules.
 */
@ApplicationModule(displayName = "Security")
@NullMarked
package app.rada.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
