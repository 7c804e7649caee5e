/**
 * People, their organisations and the segments those organisations belong to.
 */
@ApplicationModule(displayName = "People")
@NullMarked
package app.rada.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
