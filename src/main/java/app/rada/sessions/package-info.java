/**
 * Design sessions: staff invite customers to co-creation workshops, members register (or join the
 * waitlist), get a calendar entry and reminders, check in, and answer a short pulse afterwards;
 * staff keep the minutes and turn outcomes into tracked ideas.
 */
@ApplicationModule(displayName = "Design sessions")
@NullMarked
package app.rada.sessions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
