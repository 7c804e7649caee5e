package app.rada.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock: the system's time in UTC, except inside {@link SeedingTime#at}, where it shows the
 * moment the demo programme builds its history at. A clock taken {@link #withZone} keeps that behaviour.
 */
final class PortalClock extends Clock {

    private final Clock system;

    PortalClock(Clock system) {
        this.system = system;
    }

    static PortalClock utc() {
        return new PortalClock(Clock.system(ZoneOffset.UTC));
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(system.getZone()) ? this : new PortalClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        return SeedingTime.now().orElseGet(system::instant);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalClock clock && clock.system.equals(system);
    }

    @Override
    public int hashCode() {
        return system.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "PortalClock[" + system.getZone() + "]";
    }
}
