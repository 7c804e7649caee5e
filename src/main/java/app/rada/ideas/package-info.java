/**
 * Ideas: members suggest improvements, vote and discuss them; staff triage, answer and track each
 * idea until the loop is closed and the fix is checked with the people who asked for it.
 */
@ApplicationModule(displayName = "Ideas")
@NullMarked
package app.rada.ideas;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
