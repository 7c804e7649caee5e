/**
 * What several nodes of the portal share besides the database: signals that tell open pages on every
 * node that something changed.
 */
@NullMarked
package app.rada.shared.cluster;

import org.jspecify.annotations.NullMarked;
