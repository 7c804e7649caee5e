package app.rada.notifications;

import app.rada.notifications.internal.NotificationsChanged;
import app.rada.shared.AfterCommit;
import app.rada.shared.cluster.ClusterSignals;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a person, on every node, that their notifications changed, so the bell
 * updates without a reload. Each open bell registers itself while attached.
 */
@Component
public class LiveNotifications {

    private static final String TOPIC = "notifications";

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    LiveNotifications(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, payload -> tell(Long.parseLong(payload)));
    }

    /** Registers a listener for a person; the returned handle removes it. */
    public Runnable listen(long personId, Consumer<Long> onChange) {
        listeners.computeIfAbsent(personId, id -> new CopyOnWriteArraySet<>()).add(onChange);
        return () -> listeners.computeIfPresent(personId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    public void changed(long personId) {
        signals.send(TOPIC, String.valueOf(personId));
    }

    /**
     * A person's notifications were written or read in a transaction: their bells hear of it once the
     * change is committed (or at once, outside a transaction), never before another node could read it.
     */
    @EventListener
    void on(NotificationsChanged change) {
        AfterCommit.run(() -> changed(change.personId()));
    }

    private void tell(long personId) {
        var set = listeners.get(personId);
        if (set != null) {
            set.forEach(listener -> listener.accept(personId));
        }
    }

    int listenerCount(long personId) {
        var set = listeners.get(personId);
        return set == null ? 0 : set.size();
    }
}
