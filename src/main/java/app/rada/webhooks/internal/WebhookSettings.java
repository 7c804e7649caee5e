package app.rada.webhooks.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code rada.webhooks.*}).
 *
 * @param batchSize how many deliveries one run of the sender takes at most
 * @param maxAttempts after this many failed attempts a delivery is given up on (status FAILED)
 * @param firstRetry the wait after the first failure; it doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 * @param claimDuration how long a sender holds a delivery; longer than one request can take
 * @param timeout how long one request may take, from connecting to the end of the answer
 * @param voteWindow how long votes on one idea are gathered into one delivery
 * @param allowPrivateAddresses whether endpoints may be on loopback or private networks (tests, closed networks)
 * @param language the language of the readable lines sent to team channels
 */
@ConfigurationProperties("rada.webhooks")
public record WebhookSettings(@DefaultValue("50") int batchSize,
                              @DefaultValue("10") int maxAttempts,
                              @DefaultValue("PT1M") Duration firstRetry,
                              @DefaultValue("PT1H") Duration maxRetry,
                              @DefaultValue("PT2M") Duration claimDuration,
                              @DefaultValue("PT10S") Duration timeout,
                              @DefaultValue("PT1M") Duration voteWindow,
                              @DefaultValue("false") boolean allowPrivateAddresses,
                              @DefaultValue("en") String language) {

    public WebhookSettings {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("rada.webhooks.batch-size and rada.webhooks.max-attempts must be at least 1");
        }
    }

    /** The wait before the next attempt after the given number of failed attempts: 1, 2, 4 … minutes, capped. */
    public Duration retryDelay(int failedAttempts) {
        int doublings = Math.clamp(failedAttempts - 1, 0, 30);
        var delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
