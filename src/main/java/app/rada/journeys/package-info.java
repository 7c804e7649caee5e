/**
 * Journey maps: staff draw the customer's path through the company as stages and touchpoints;
 * members annotate the touchpoints with what they love and hate and how it made them feel, and the
 * map works out where it hurts most.
 */
@ApplicationModule(displayName = "Journeys")
@NullMarked
package app.rada.journeys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
