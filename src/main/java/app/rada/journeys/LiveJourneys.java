package app.rada.journeys;

import app.rada.shared.AfterCommit;
import app.rada.shared.cluster.ClusterSignals;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open views of a journey map that its annotations changed (after the change is committed, on
 * every node through {@link ClusterSignals}) and how many people are looking at it (on every node),
 * so every view follows without a reload.
 *
 * <p>Presence across nodes: each node announces who views a map on it whenever that changes, and all
 * its open maps again every {@link #ANNOUNCE_INTERVAL}, so a node that starts later learns them too.
 * What a node heard from another expires unless it is announced again within {@link #FORGET_AFTER}
 * (a node that died stops counting); a node that stops in order says goodbye. A map's head count is
 * the number of distinct people of this node and of what the others announced. On H2 (one node)
 * nothing is announced and only this node's viewers count.
 */
@Component
public class LiveJourneys implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveJourneys.class);

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
    /** What must hear of a change of a map's annotations before its open views are told. */
    private final List<LongConsumer> beforeTelling = new CopyOnWriteArrayList<>();

    static final Duration REDRAW_INTERVAL = Duration.ofMillis(500);
    /** Open views redraw a map at most once per {@link #REDRAW_INTERVAL}. */
    private final RedrawPacing pacing = new RedrawPacing(REDRAW_INTERVAL, this::send);

    /**
     * Views are told on threads of their own, so the person whose change it was does not wait while
     * every open view redraws, and no view reads inside the transaction that has just committed.
     */
    private final Executor delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final ClusterSignals signals;
    private static final String TOPIC = "annotations";

    // --- presence on the other nodes

    private static final String PRESENCE_TOPIC = "presence";
    /** How often a node announces all its open maps again. */
    static final Duration ANNOUNCE_INTERVAL = Duration.ofSeconds(20);
    /** What another node announced counts no longer than this unless it is announced again. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(60);
    /** Beyond this many people on one map a node announces only their number, to keep signals short. */
    static final int MAX_NAMED = 200;
    private static final String GOODBYE = "bye";

    /** Who views a map on another node, as it announced it: the people, or only their number. */
    private record Heard(Set<Long> people, int unnamed, long at) {
    }

    /** What the other nodes announced: node id, then map id. Guarded by itself. */
    private final Map<String, Map<Long, Heard>> elsewhere = new HashMap<>();
    /** What this node announced last, by map; a map nobody views here any more is not in it. */
    private final Map<Long, String> announced = new HashMap<>();
    private final Object announcing = new Object();
    private final LongSupplier nanoTime;
    private volatile @Nullable ScheduledExecutorService announcer;

    @Autowired
    LiveJourneys(ClusterSignals signals) {
        this(signals, System::nanoTime);
    }

    /** With a clock of its own, for tests of how announcements expire. */
    LiveJourneys(ClusterSignals signals, LongSupplier nanoTime) {
        this.signals = signals;
        this.nanoTime = nanoTime;
        signals.subscribe(TOPIC, payload -> {
            var parts = payload.split(",");
            arrived(new AnnotationsChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        });
        signals.subscribe(PRESENCE_TOPIC, this::heard);
    }

    /**
     * Registers an open view of a map for a person; everyone viewing the map hears the new head count.
     * The returned handle removes the view again.
     */
    public Runnable listen(long mapId, long personId, Consumer<Change> listener) {
        var viewer = new Viewer(personId, listener);
        viewers.compute(mapId, (k, set) -> {
            var open = set == null ? new CopyOnWriteArraySet<Viewer>() : set;
            open.add(viewer);
            return open;
        });
        announce(mapId, false);
        presence(mapId);
        return () -> {
            boolean[] removed = new boolean[1];
            viewers.computeIfPresent(mapId, (k, set) -> {
                removed[0] = set.remove(viewer);
                return set.isEmpty() ? null : set;
            });
            if (removed[0]) {
                announce(mapId, false);
                presence(mapId);
            }
        };
    }

    /** Distinct people who have the map open, on this node and on the others. */
    public int viewers(long mapId) {
        var people = new HashSet<Long>(here(mapId));
        int unnamed = 0;
        synchronized (elsewhere) {
            for (var maps : elsewhere.values()) {
                var heard = maps.get(mapId);
                if (heard != null) {
                    people.addAll(heard.people());
                    unnamed += heard.unnamed();
                }
            }
        }
        return people.size() + unnamed;
    }

    /** Distinct people who have the map open on this node. */
    private Set<Long> here(long mapId) {
        var set = viewers.get(mapId);
        return set == null ? Set.of()
                : set.stream().map(Viewer::personId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What this node announces about a map: {@code node;map;people}, the people comma separated, or
     * {@code #n} with only their number when there are more than {@link #MAX_NAMED}; nobody is an empty
     * list.
     */
    String announcement(long mapId) {
        var people = here(mapId);
        var who = people.size() > MAX_NAMED ? "#" + people.size()
                : people.stream().map(String::valueOf).collect(Collectors.joining(","));
        return signals.nodeId() + ";" + mapId + ";" + who;
    }

    /**
     * Tells the other nodes who views the map here, if that changed since the last announcement (or
     * always, when {@code again}). Nothing to tell on one node, nor once this node has said goodbye.
     */
    private void announce(long mapId, boolean again) {
        if (!signals.acrossNodes() || announcer == null) {
            return;
        }
        synchronized (announcing) {
            var payload = announcement(mapId);
            boolean nobody = payload.endsWith(";");
            var before = nobody ? announced.remove(mapId) : announced.put(mapId, payload);
            if (again || !payload.equals(before) && !(nobody && before == null)) {
                signals.send(PRESENCE_TOPIC, payload);
            }
        }
    }

    /** Every open map of this node again, so nodes that started since or missed a signal learn them. */
    void announceAll() {
        for (var mapId : viewers.keySet()) {
            announce(mapId, true);
        }
    }

    /**
     * Takes in what a node announced; this node's own announcements are ignored. Open views of the map
     * hear the new head count if it changed.
     */
    void heard(String payload) {
        var parts = payload.split(";", -1);
        if (parts.length < 2 || parts[0].equals(signals.nodeId())) {
            return;
        }
        String node = parts[0];
        if (parts.length == 2 && parts[1].equals(GOODBYE)) {
            var before = new HashMap<Long, Integer>();
            synchronized (elsewhere) {
                var gone = elsewhere.getOrDefault(node, Map.of());
                gone.keySet().forEach(mapId -> before.put(mapId, viewers(mapId)));
                elsewhere.remove(node);
            }
            tellChanged(before);
            return;
        }
        if (parts.length != 3) {
            log.debug("Presence announcement not understood: {}", payload);
            return;
        }
        long mapId;
        Heard heard;
        try {
            mapId = Long.parseLong(parts[1]);
            heard = parse(parts[2]);
        } catch (NumberFormatException e) {
            log.debug("Presence announcement not understood: {}", payload);
            return;
        }
        int before;
        int after;
        synchronized (elsewhere) {
            before = viewers(mapId);
            if (heard.people().isEmpty() && heard.unnamed() == 0) {
                elsewhere.computeIfPresent(node, (n, maps) -> {
                    maps.remove(mapId);
                    return maps.isEmpty() ? null : maps;
                });
            } else {
                elsewhere.computeIfAbsent(node, n -> new HashMap<>()).put(mapId, heard);
            }
            after = viewers(mapId);
        }
        if (after != before) {
            send(new PresenceChanged(mapId, after));
        }
    }

    private Heard parse(String who) {
        long now = nanoTime.getAsLong();
        if (who.startsWith("#")) {
            return new Heard(Set.of(), Integer.parseInt(who.substring(1)), now);
        }
        if (who.isEmpty()) {
            return new Heard(Set.of(), 0, now);
        }
        return new Heard(Arrays.stream(who.split(",")).map(Long::valueOf).collect(Collectors.toSet()), 0, now);
    }

    /** Forgets what other nodes announced longer ago than {@link #FORGET_AFTER}. */
    void expire() {
        long now = nanoTime.getAsLong();
        var before = new HashMap<Long, Integer>();
        synchronized (elsewhere) {
            for (var maps : elsewhere.values()) {
                maps.forEach((mapId, heard) -> {
                    if (now - heard.at() > FORGET_AFTER.toNanos()) {
                        before.computeIfAbsent(mapId, this::viewers);
                    }
                });
            }
            for (var nodes = elsewhere.values().iterator(); nodes.hasNext();) {
                var maps = nodes.next();
                maps.values().removeIf(heard -> now - heard.at() > FORGET_AFTER.toNanos());
                if (maps.isEmpty()) {
                    nodes.remove();
                }
            }
        }
        tellChanged(before);
    }

    /** Open views of each map hear its head count if it is not what it was. */
    private void tellChanged(Map<Long, Integer> before) {
        before.forEach((mapId, count) -> {
            int now = viewers(mapId);
            if (now != count) {
                send(new PresenceChanged(mapId, now));
            }
        });
    }

    // --- announcing on a schedule (on PostgreSQL only); every node does it, so it takes no lock

    @Override
    public void start() {
        if (!signals.acrossNodes() || announcer != null) {
            return;
        }
        var executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("rada-presence").factory());
        executor.scheduleWithFixedDelay(() -> {
            try {
                announceAll();
                expire();
            } catch (RuntimeException e) {
                log.warn("Could not announce who views which map", e);
            }
        }, ANNOUNCE_INTERVAL.toMillis(), ANNOUNCE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        announcer = executor;
    }

    @Override
    public void stop() {
        var executor = announcer;
        if (executor == null) {
            return;
        }
        synchronized (announcing) {
            executor.shutdownNow();
            announcer = null;
            announced.clear();
        }
        // the other nodes stop counting this node's viewers at once instead of after FORGET_AFTER
        signals.send(PRESENCE_TOPIC, signals.nodeId() + ";" + GOODBYE);
    }

    @Override
    public boolean isRunning() {
        return announcer != null;
    }

    /**
     * Tells the open views only once the change is committed, so none shows what was rolled back; outside a
     * transaction (a change made by a script) it is told at once.
     */
    @EventListener
    void on(AnnotationsTouched touched) {
        AfterCommit.run(() -> annotationsChanged(touched.mapId(), touched.touchpointId(), touched.annotationId()));
    }

    /**
     * Registers what must hear of every change of a map's annotations, on this node, before any open view of
     * the map is told: the sums the views read ({@link MapFigures}).
     */
    void beforeTelling(LongConsumer hook) {
        beforeTelling.add(hook);
    }

    /** Every open view of the map, on every node, hears of it. */
    void annotationsChanged(long mapId, long touchpointId, long annotationId) {
        signals.send(TOPIC, mapId + "," + touchpointId + "," + annotationId);
    }

    /** Whatever must hear of it first does, then open views are told, at the pace of {@link RedrawPacing}. */
    private void arrived(AnnotationsChanged change) {
        beforeTelling.forEach(hook -> hook.accept(change.mapId()));
        pacing.arrived(change);
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
