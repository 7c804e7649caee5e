/**
 * What other modules' listeners and jobs may read from this module while they act for no signed-in
 * person: recipients, titles and facts a notice, a point or a figure needs. Nothing here changes data,
 * and views never use it (an architecture test keeps it so); what people see goes through the
 * module's services, which check the caller.
 */
@NamedInterface("api")
@NullMarked
package app.rada.ideas.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
