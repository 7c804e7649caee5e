package app.rada.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, or at once outside a transaction; used for
 * live signals (votes, bells, journey maps) that must never announce what may still roll back.
 *
 * <p>It hooks into Spring's transaction synchronization rather than a {@code @TransactionalEventListener}:
 * the event publication registry records every after-commit listener call and completes it on a second
 * database connection while the first is still held, which starved the connection pool when many
 * members voted at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
