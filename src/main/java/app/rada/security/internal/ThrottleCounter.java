package app.rada.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Recent failed attempts for one key (an account or a client address) and how long it must wait. */
@Entity
@Table(name = "login_throttle")
public class ThrottleCounter {

    @Id
    @Column(name = "throttle_key")
    private String key;

    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private @Nullable Instant blockedUntil;

    protected ThrottleCounter() {
        this.key = "";
        this.lastFailureAt = Instant.EPOCH;
    }

    public ThrottleCounter(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    /**
     * Counts one more failure. Counting starts afresh after a quiet window; from the limit on, each
     * failure blocks the key for twice as long as the one before, up to the cap.
     */
    public void fail(Instant now, int limit, Duration window, Duration firstWait, Duration maxWait) {
        if (failures > 0 && lastFailureAt.plus(window).isBefore(now)) {
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            int doublings = Math.min(failures - limit, 20);
            var wait = firstWait.multipliedBy(1L << doublings);
            blockedUntil = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
        }
    }

    /** How long the key must still wait, zero when it may try now. */
    public Duration waitAt(Instant now) {
        return blockedUntil == null || !blockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, blockedUntil);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
