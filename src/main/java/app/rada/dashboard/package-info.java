/**
 * The staff dashboard: the whole programme at a glance (ideas, how fast and how well we answer,
 * participation, journey health, points) and the same for one organisation, with CSV export. It reads
 * the other modules' figures through their services and keeps one small aggregate of its own (who was
 * active in which month). Nothing depends on this module.
 */
@ApplicationModule(displayName = "Dashboard")
@NullMarked
package app.rada.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
