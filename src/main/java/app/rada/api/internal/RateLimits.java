package app.rada.api.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token, kept in this node's memory: {@code rada.api.rate-limit.requests} calls per
 * {@code rada.api.rate-limit.period}, refilled in full at the end of each period. With several nodes behind a load balancer each node
 * counts on its own, so a caller gets at most that many calls per node.
 */
@Component
public class RateLimits {

    private final long requests;
    private final Duration period;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(@Value("${rada.api.rate-limit.requests:120}") long requests,
               @Value("${rada.api.rate-limit.period:PT1M}") Duration period) {
        this.requests = requests;
        this.period = period;
    }

    /** Takes one call from the token's bucket; empty when allowed, otherwise the seconds to wait. */
    public OptionalLong take(long tokenId) {
        var bucket = buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillIntervally(requests, period))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        return OptionalLong.of(seconds);
    }

    public long requests() {
        return requests;
    }
}
