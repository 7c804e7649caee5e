package app.rada.sessions;

import java.time.Instant;

/**
 * The pulse of every session that ended in a period, for the dashboard.
 *
 * @param sessions sessions held (scheduled, not cancelled) that ended in the period
 * @param attendees members marked as attended in them
 */
public record PulseFigures(Instant from, Instant to, int sessions, int attendees, PulseResults pulse) {
}
