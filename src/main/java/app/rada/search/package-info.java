/**
 * One search across the portal: the shell's search box and the results page, grouped by kind (ideas,
 * comments, journey annotations, design sessions, ballots). Each module searches its own content through
 * its public search service, applying its own rules of who may see what; this module only asks them and
 * groups what they return.
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package app.rada.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
