package app.rada.ideas;

import app.rada.shared.AfterCommit;
import app.rada.shared.cluster.ClusterSignals;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open boards and idea pages that an idea's vote count changed, after the change is committed,
 * so they update without a reload: on this node at once, on the other nodes through
 * {@link ClusterSignals}.
 */
@Component
public class LiveVotes {

    private static final String TOPIC = "votes";

    /** The counts of one idea after a vote. */
    public record Change(long ideaId, int voteCount, int weightedVotes) {
    }

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();
    private final ClusterSignals signals;

    LiveVotes(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, payload -> {
            var parts = payload.split(",");
            var change = new Change(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            listeners.forEach(listener -> listener.accept(change));
        });
    }

    /** Registers a listener; the returned handle removes it. */
    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A vote was counted: open pages hear of it once the vote is committed, on every node. */
    @EventListener
    void changed(Change change) {
        AfterCommit.run(() -> signals.send(TOPIC, change.ideaId() + "," + change.voteCount() + ","
                + change.weightedVotes()));
    }

    int listenerCount() {
        return listeners.size();
    }
}
