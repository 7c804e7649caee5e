/**
 * Ballots: formal votes of the customer advisory board on proposed changes. Staff prepare a ballot,
 * the board members of the day it opens vote (openly or in secret), and a passing outcome moves the
 * linked ideas through the ideas module's normal path.
 */
@ApplicationModule(displayName = "Ballots")
@NullMarked
package app.rada.ballots;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
