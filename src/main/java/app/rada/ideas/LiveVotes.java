package app.rada.ideas;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells open boards and idea pages on this node that an idea's vote count changed, after the change
 * is committed, so they update without a reload.
 */
@Component
public class LiveVotes {

    /** The counts of one idea after a vote. */
    public record Change(long ideaId, int voteCount, int weightedVotes) {
    }

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();

    /** Registers a listener; the returned handle removes it. */
    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void changed(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    int listenerCount() {
        return listeners.size();
    }
}
