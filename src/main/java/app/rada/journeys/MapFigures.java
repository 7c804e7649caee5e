package app.rada.journeys;

import app.rada.journeys.internal.JourneyStore;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What a map's annotations add up to (tallies, reach, reach by segment, pins), summed once for everyone
 * who has the map open on this node. On a map with tens of thousands of annotations these sums read every
 * annotation; summed per viewer, a busy map with many viewers kept the database busy with the same work.
 *
 * <p>The sums are dropped when the map's annotations change (the same cluster signal that makes open views
 * redraw, on every node, heard before the views are told) and after {@link #KEPT} in any case, for changes
 * that send no signal. When several viewers ask at once, one sums and the others wait for its result.
 */
@Component
class MapFigures {

    static final Duration KEPT = Duration.ofSeconds(30);

    record Figures(List<JourneyScores.Tally> tallies, List<JourneyScores.Reach> reach,
                   List<JourneyScores.SegmentReach> segmentReach, Map<Long, Map<AnnotationKind, Integer>> pins) {
    }

    private record Entry(long generation, CompletableFuture<Figures> figures, long until) {
    }

    private final JourneyStore store;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    MapFigures(JourneyStore store, LiveJourneys live) {
        this.store = store;
        live.beforeTelling(this::changed);
    }

    Figures of(long mapId) {
        while (true) {
            long generation = generation(mapId).get();
            var entry = entries.get(mapId);
            if (entry != null && entry.generation() == generation && entry.until() - System.nanoTime() > 0) {
                try {
                    return entry.figures().join();
                } catch (CompletionException failed) {
                    entries.remove(mapId, entry);
                    throw failed.getCause() instanceof RuntimeException e ? e : failed;
                }
            }
            var mine = new Entry(generation, new CompletableFuture<>(), System.nanoTime() + KEPT.toNanos());
            boolean claimed = entry == null ? entries.putIfAbsent(mapId, mine) == null : entries.replace(mapId, entry, mine);
            if (!claimed) {
                continue;
            }
            try {
                var figures = new Figures(List.copyOf(store.tallies(mapId)), List.copyOf(store.reach(mapId)),
                        List.copyOf(store.segmentReach(mapId)), unmodifiable(store.pins(mapId)));
                mine.figures().complete(figures);
                if (generation(mapId).get() != generation) {
                    // the annotations changed while they were summed: the next viewer sums again
                    entries.remove(mapId, mine);
                }
                return figures;
            } catch (RuntimeException e) {
                mine.figures().completeExceptionally(e);
                entries.remove(mapId, mine);
                throw e;
            }
        }
    }

    /** The map's annotations changed: its sums are made again when next asked for. */
    void changed(long mapId) {
        generation(mapId).incrementAndGet();
        entries.remove(mapId);
    }

    private AtomicLong generation(long mapId) {
        return generations.computeIfAbsent(mapId, id -> new AtomicLong());
    }

    private static Map<Long, Map<AnnotationKind, Integer>> unmodifiable(Map<Long, Map<AnnotationKind, Integer>> pins) {
        var copy = new HashMap<Long, Map<AnnotationKind, Integer>>();
        pins.forEach((touchpoint, kinds) -> copy.put(touchpoint, Collections.unmodifiableMap(new EnumMap<>(kinds))));
        return Collections.unmodifiableMap(copy);
    }
}
