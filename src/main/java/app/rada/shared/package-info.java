/**
 * Small, open vocabulary used by every module: roles, languages, translations and the application shell.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared")
@NullMarked
package app.rada.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
