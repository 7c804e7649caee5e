package app.rada.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The moment the demo programme acts at while it builds its history. Work run through {@link #at} sees the
 * portal's {@link java.time.Clock} show that moment (advancing as real time passes, so steps keep their order),
 * and so does every listener that work sets off, through the task decorator that carries the moment to the
 * thread the listener runs on. Only the thread doing the work and the tasks it starts see the moment: other
 * requests, jobs and nodes keep the real time. Nothing but the demo programme sets it (an ArchUnit rule).
 */
public final class SeedingTime {

    private static final ThreadLocal<Moment> CURRENT = new ThreadLocal<>();

    private SeedingTime() {
    }

    /** A moment set at a point of real time, read later as that moment plus the real time passed since. */
    private record Moment(Instant at, long setAtNanos) {

        Instant now() {
            return at.plusNanos(System.nanoTime() - setAtNanos);
        }
    }

    /** Runs the work as if it were that moment; the time before is back afterwards. */
    public static <T extends @Nullable Object> T at(Instant moment, Supplier<T> work) {
        var before = CURRENT.get();
        CURRENT.set(new Moment(moment, System.nanoTime()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** Runs the work as if it were that moment. */
    public static void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /** The moment in effect on this thread, if the demo programme set one. */
    static Optional<Instant> now() {
        var moment = CURRENT.get();
        return moment == null ? Optional.empty() : Optional.of(moment.now());
    }

    /** The task, run at the moment in effect now on this thread (or as it is when none is set). */
    static Runnable carried(Runnable task) {
        var moment = now();
        if (moment.isEmpty()) {
            return task;
        }
        var at = moment.get();
        return () -> at(at, task);
    }
}
