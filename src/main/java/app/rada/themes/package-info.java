/**
 * Themes: what many members say alike, found among the annotations of a journey map (a touchpoint,
 * a stage or the whole map) and the ideas on the board, with their feelings, who says it and a few
 * of their words; staff turn a theme into one idea or into a design session in one step.
 */
@ApplicationModule(displayName = "Themes")
@NullMarked
package app.rada.themes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
