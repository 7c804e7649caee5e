package app.rada.rewards.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's sums of spans that lie wholly in the past, kept for a while on this node. The ledger only
 * grows and its rows are written as points are earned, so the sums of a span that ended more than an hour
 * ago do not change: the dashboard's monthly figures over a long programme then add up only the months that
 * are still open.
 *
 * <p>Two things can still write into a closed span: an event delivered again long after it happened (its
 * points carry the event's time) and a row written on another node at such a moment. A row appended here
 * drops the spans it falls in at once; every kept sum is also dropped after {@link #KEPT}, so another node
 * shows such a late row within that time.
 */
final class SettledSums {

    /** How long after its end a span counts as settled. */
    static final Duration SETTLE = Duration.ofHours(1);
    /** How long a node keeps a sum. */
    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MOST = 2_000;

    private record Span(Instant from, Instant to) {
    }

    private record Kept(long[] sums, Instant until) {
    }

    private final Map<Span, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    SettledSums(Clock clock) {
        this.clock = clock;
    }

    /** Whether a span ending at {@code to} is settled now. */
    boolean settled(Instant to) {
        return to.isBefore(clock.instant().minus(SETTLE));
    }

    /** The kept sums of a settled span, or null. */
    long @Nullable [] get(Instant from, Instant to) {
        var found = kept.get(new Span(from, to));
        if (found == null) {
            return null;
        }
        if (found.until().isBefore(clock.instant())) {
            kept.remove(new Span(from, to), found);
            return null;
        }
        return found.sums().clone();
    }

    void put(Instant from, Instant to, long[] sums) {
        if (!settled(to)) {
            return;
        }
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(new Span(from, to), new Kept(sums.clone(), clock.instant().plus(KEPT)));
    }

    /** A row written at {@code at}: the kept spans it falls in are summed again. */
    void appended(Instant at) {
        if (settled(at)) {
            kept.keySet().removeIf(span -> !at.isBefore(span.from()) && at.isBefore(span.to()));
        }
    }
}
