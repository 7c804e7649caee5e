package app.rada.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the staff dashboard gets its design session figures from. The sessions module implements it.
 * Declared here so the dashboard needs no knowledge of sessions and sessions none of the dashboard.
 */
public interface SessionFiguresSource {

    /** Sessions held in the span, of one organisation's people when {@code organisationId} is given. */
    SessionFigures figures(Instant from, Instant to, @Nullable Long organisationId);
}
