/**
 * The demo programme: a believable customer advisory board, built through the modules' public services.
 */
@ApplicationModule(displayName = "Demo")
@NullMarked
package app.rada.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
