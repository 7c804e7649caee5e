package app.rada.journeys;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How often the open views of a map redraw for changes of its annotations: at most once per interval. The
 * first change after a quiet spell is passed on at once; changes that come quicker than that are passed on
 * together, as the latest of them, at the end of the interval. A busy map stays live without every viewer
 * redrawing it for every single pin.
 */
final class RedrawPacing {

    private final Duration interval;
    private final Consumer<LiveJourneys.AnnotationsChanged> tell;
    /** When open views of a map were last told of a change, by map. Guarded by itself. */
    private final Map<Long, Long> told = new HashMap<>();
    /** The latest change of a map that waits for the end of its interval. Guarded by {@link #told}. */
    private final Map<Long, LiveJourneys.AnnotationsChanged> waiting = new HashMap<>();

    RedrawPacing(Duration interval, Consumer<LiveJourneys.AnnotationsChanged> tell) {
        this.interval = interval;
        this.tell = tell;
    }

    void arrived(LiveJourneys.AnnotationsChanged change) {
        long now = System.nanoTime();
        synchronized (told) {
            var last = told.get(change.mapId());
            if (last == null || now - last >= interval.toNanos()) {
                told.put(change.mapId(), now);
                tell.accept(change);
                return;
            }
            boolean alreadyWaiting = waiting.put(change.mapId(), change) != null;
            if (!alreadyWaiting) {
                long due = last + interval.toNanos() - now;
                Thread.ofVirtual().start(() -> tellLater(change.mapId(), due));
            }
        }
    }

    private void tellLater(long mapId, long dueNanos) {
        try {
            Thread.sleep(Duration.ofNanos(dueNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LiveJourneys.AnnotationsChanged latest;
        synchronized (told) {
            latest = waiting.remove(mapId);
            told.put(mapId, System.nanoTime());
        }
        if (latest != null) {
            tell.accept(latest);
        }
    }
}
