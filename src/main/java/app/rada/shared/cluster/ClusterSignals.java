package app.rada.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Short "this changed" signals for open pages, on every node. A module sends a signal after its
 * change is committed (an idea's vote count, a person's notifications, a map's annotations); every
 * subscriber on this node hears it at once, and on PostgreSQL the signal also goes to the other
 * nodes through {@code NOTIFY}, where each node's listener hands it to its own subscribers. Each node
 * then refreshes its own open views from the database. On H2 (one node) only the local path runs.
 *
 * <p>Signals carry ids and small numbers, never content: a page that hears one reads what it may see
 * with its own viewer's rights. A signal lost while a node reconnects only delays an update until
 * the next one or a reload; nothing is stored by signals.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    static final String CHANNEL = "rada_signals";
    private static final char SEPARATOR = '|';

    private final Map<String, Set<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final String nodeId = UUID.randomUUID().toString().substring(0, 8);
    private final @Nullable DataSource dataSource;
    private final @Nullable JdbcTemplate jdbc;
    private volatile @Nullable ExecutorService sender;
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running;
    /** Which start the listening thread belongs to; a thread of an earlier start ends by itself. */
    private final AtomicLong generation = new AtomicLong();
    private @Nullable Thread listener;

    ClusterSignals(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        this.dataSource = postgres ? dataSource : null;
        this.jdbc = postgres ? new JdbcTemplate(dataSource) : null;
    }

    /** Whether signals also reach other nodes (PostgreSQL) or stay on this one (H2). */
    public boolean acrossNodes() {
        return dataSource != null;
    }

    /** Signals received from other nodes since the start, for the metrics. */
    public long receivedFromOtherNodes() {
        return received.get();
    }

    /**
     * Sends a signal to the subscribers of its topic on every node. Call it after the change is
     * committed; it returns at once.
     */
    public void send(String topic, String payload) {
        deliver(topic, payload);
        var template = jdbc;
        var executor = sender;
        if (template != null && executor != null && running) {
            var message = nodeId + SEPARATOR + topic + SEPARATOR + payload;
            // on a thread of its own, so NOTIFY runs on a connection outside the caller's transaction
            try {
                executor.execute(() -> {
                    try {
                        template.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, message);
                    } catch (RuntimeException e) {
                        log.warn("Could not tell the other nodes about {} {}: {}", topic, payload, e.getMessage());
                    }
                });
            } catch (RejectedExecutionException stopping) {
                log.debug("Node is stopping; {} {} stays on this node", topic, payload);
            }
        }
    }

    /** Registers a subscriber of a topic on this node; the returned handle removes it. */
    public Runnable subscribe(String topic, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    private void deliver(String topic, String payload) {
        var set = subscribers.get(topic);
        if (set == null) {
            return;
        }
        for (var subscriber : set) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed on {}", topic, payload, e);
            }
        }
    }

    void received(String message) {
        int first = message.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : message.indexOf(SEPARATOR, first + 1);
        if (second < 0 || message.substring(0, first).equals(nodeId)) {
            return;
        }
        received.incrementAndGet();
        deliver(message.substring(first + 1, second), message.substring(second + 1));
    }

    // --- the listening connection (PostgreSQL only)

    @Override
    public void start() {
        running = true;
        if (dataSource != null) {
            sender = Executors.newSingleThreadExecutor(r -> {
                var thread = new Thread(r, "rada-signals-send");
                thread.setDaemon(true);
                return thread;
            });
            long mine = generation.incrementAndGet();
            var thread = new Thread(() -> listen(mine), "rada-signals-listen");
            thread.setDaemon(true);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        generation.incrementAndGet();
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        var executor = sender;
        if (executor != null) {
            // signals already handed over still go out; the node may be started again (a paused test context)
            executor.shutdown();
            sender = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen(long mine) {
        var backoff = Duration.ofSeconds(1);
        while (running && generation.get() == mine) {
            try (Connection connection = dataSource().getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                log.info("Node {} listens for signals of the other nodes", nodeId);
                backoff = Duration.ofSeconds(1);
                while (running && generation.get() == mine) {
                    var notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (var notification : notifications) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running || generation.get() != mine) {
                    return;
                }
                log.warn("Signals from other nodes interrupted ({}); listening again in {} s", e.getMessage(),
                        backoff.toSeconds());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private DataSource dataSource() {
        var source = dataSource;
        if (source == null) {
            throw new IllegalStateException("Signals across nodes need PostgreSQL");
        }
        return source;
    }

    /** This node's id, which its signals to the other nodes carry. */
    public String nodeId() {
        return nodeId;
    }
}
