package app.rada.journeys;

import app.rada.shared.cluster.ClusterSignals;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells open views of a journey map that its annotations changed (after the change is committed, on
 * every node through {@link ClusterSignals}) and how many people are looking at it (on this node),
 * so every view follows without a reload.
 */
@Component
public class LiveJourneys {

    /** Something that changed on an open map. */
    public sealed interface Change permits AnnotationsChanged, PresenceChanged {
        long mapId();
    }

    /** An annotation was added, edited, deleted or reacted to. */
    public record AnnotationsChanged(long mapId, long touchpointId, long annotationId) implements Change {
    }

    /** The number of distinct people viewing the map changed. */
    public record PresenceChanged(long mapId, int viewers) implements Change {
    }

    private record Viewer(long personId, Consumer<Change> listener) {
    }

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();

    static final java.time.Duration REDRAW_INTERVAL = java.time.Duration.ofMillis(500);
    /** When open views of a map were last told of a change, by map. */
    private final Map<Long, Long> told = new java.util.HashMap<>();
    /** The latest change of a map that waits for the end of its interval. */
    private final Map<Long, AnnotationsChanged> waiting = new java.util.HashMap<>();

    /**
     * Views are told on threads of their own, so the person whose change it was does not wait while
     * every open view redraws, and no view reads inside the transaction that has just committed.
     */
    private final Executor delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final ClusterSignals signals;
    private static final String TOPIC = "annotations";

    LiveJourneys(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, payload -> {
            var parts = payload.split(",");
            arrived(new AnnotationsChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        });
    }

    /**
     * Registers an open view of a map for a person; everyone viewing the map hears the new head count.
     * The returned handle removes the view again.
     */
    public Runnable listen(long mapId, long personId, Consumer<Change> listener) {
        var viewer = new Viewer(personId, listener);
        viewers.computeIfAbsent(mapId, k -> new CopyOnWriteArraySet<>()).add(viewer);
        presence(mapId);
        return () -> {
            var set = viewers.get(mapId);
            if (set != null && set.remove(viewer)) {
                presence(mapId);
            }
        };
    }

    /** Distinct people who have the map open on this node. */
    public int viewers(long mapId) {
        var set = viewers.get(mapId);
        return set == null ? 0 : (int) set.stream().mapToLong(Viewer::personId).distinct().count();
    }

    /** Every open view of the map, on every node, hears of it. */
    void annotationsChanged(long mapId, long touchpointId, long annotationId) {
        signals.send(TOPIC, mapId + "," + touchpointId + "," + annotationId);
    }

    /**
     * Open views redraw a map at most once per {@link #REDRAW_INTERVAL}: the first change after a quiet
     * spell is told at once, and changes that come quicker than that are told together at the end of the
     * interval. A busy map stays live without every viewer redrawing it for every single pin.
     */
    private void arrived(AnnotationsChanged change) {
        long now = System.nanoTime();
        synchronized (told) {
            var last = told.get(change.mapId());
            if (last == null || now - last >= REDRAW_INTERVAL.toNanos()) {
                told.put(change.mapId(), now);
                send(change);
                return;
            }
            boolean alreadyWaiting = waiting.put(change.mapId(), change) != null;
            if (!alreadyWaiting) {
                long due = last + REDRAW_INTERVAL.toNanos() - now;
                Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(java.time.Duration.ofNanos(due));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    AnnotationsChanged latest;
                    synchronized (told) {
                        latest = waiting.remove(change.mapId());
                        told.put(change.mapId(), System.nanoTime());
                    }
                    if (latest != null) {
                        send(latest);
                    }
                });
            }
        }
    }

    private void presence(long mapId) {
        send(new PresenceChanged(mapId, viewers(mapId)));
    }

    private void send(Change change) {
        var set = viewers.get(change.mapId());
        if (set != null) {
            set.forEach(v -> delivery.execute(() -> v.listener().accept(change)));
        }
    }
}
