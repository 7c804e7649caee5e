package app.rada.dashboard.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the dashboard's heavier figures side by side, each as the person who asked (their login travels to
 * the worker thread, so every service still checks it). A few workers serve all requests; a dashboard is
 * opened by staff now and then, not by every member.
 */
@Component
public class Parts {

    static final int WORKERS = 4;

    private final ExecutorService pool;

    Parts() {
        var count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(WORKERS, work -> {
            var thread = new Thread(work, "dashboard-part-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the work on a worker, logged in as the caller is now. */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        var login = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(login);
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, pool);
    }

    /** The part's result; a refusal or failure in it is thrown here as it was thrown there. */
    public static <T> T get(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
