/**
 * Imports: staff bring ideas, votes and comments exported from other feedback tools (Canny-, UserVoice- and
 * Fider-like CSV files) into the portal, with a preview of every row, a run in the background whose progress
 * is kept in the database, and an undo of a whole import.
 */
@ApplicationModule(displayName = "Imports")
@NullMarked
package app.rada.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
