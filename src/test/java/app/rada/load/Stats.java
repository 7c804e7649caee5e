package app.rada.load;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Timings of requests by kind, collected per measuring window. Page bootstraps and logins are kept apart
 * from the server round trips of a UI, the figure the targets are about.
 */
final class Stats {

    /** The kinds that are not round trips of an open UI. */
    static final Set<String> NOT_ROUND_TRIPS = Set.of("login", "page", "init");

    static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private int errors;

        synchronized void add(long nanos, boolean failed) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
            if (failed) {
                errors++;
            }
        }

        synchronized long[] sorted() {
            var copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        synchronized int errors() {
            return errors;
        }
    }

    private final AtomicReference<Map<String, Samples>> window = new AtomicReference<>(new ConcurrentHashMap<>());

    void record(String kind, long nanos, boolean failed) {
        window.get().computeIfAbsent(kind, k -> new Samples()).add(nanos, failed);
    }

    /** Starts a new window and returns the one that ended. */
    Map<String, Samples> roll() {
        return new TreeMap<>(window.getAndSet(new ConcurrentHashMap<>()));
    }

    static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(sorted.length * p) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    /** The round trips of the members' own actions, without the follow-ups a browser sends after a new view. */
    static long[] actionRoundTrips(Map<String, Samples> window) {
        return window.entrySet().stream().filter(e -> !NOT_ROUND_TRIPS.contains(e.getKey())
                        && !"attached".equals(e.getKey()))
                .flatMapToLong(e -> Arrays.stream(e.getValue().sorted())).sorted().toArray();
    }

    /** All round trips of the window in one sorted array. */
    static long[] roundTrips(Map<String, Samples> window) {
        return window.entrySet().stream().filter(e -> !NOT_ROUND_TRIPS.contains(e.getKey()))
                .flatMapToLong(e -> Arrays.stream(e.getValue().sorted())).sorted().toArray();
    }

    static int errors(Map<String, Samples> window) {
        return window.values().stream().mapToInt(Samples::errors).sum();
    }
}
