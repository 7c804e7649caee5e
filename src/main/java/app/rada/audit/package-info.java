/**
 * The audit log of security and administrative events: append-only, browsed by admins.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package app.rada.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
