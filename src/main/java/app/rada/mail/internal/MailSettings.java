package app.rada.mail.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code rada.mail.*}). The SMTP server itself is Spring's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent.
 *
 * @param from the sender, for example {@code Rada <rada@example.com>}
 * @param batchSize how many due mails one run of the sender takes at most
 * @param maxAttempts after this many failed attempts a mail is given up on (status FAILED)
 * @param firstRetry the wait after the first failure; it doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 * @param claimDuration how long a sender holds a mail it is sending; longer than one send can take
 *                      (see the SMTP timeouts), short enough that a crashed sender's mail goes out soon
 */
@ConfigurationProperties("rada.mail")
public record MailSettings(@DefaultValue("Rada <rada@localhost>") String from,
                           @DefaultValue("20") int batchSize,
                           @DefaultValue("10") int maxAttempts,
                           @DefaultValue("PT1M") Duration firstRetry,
                           @DefaultValue("PT1H") Duration maxRetry,
                           @DefaultValue("PT5M") Duration claimDuration) {

    public MailSettings {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("rada.mail.batch-size and rada.mail.max-attempts must be at least 1");
        }
    }

    /** The wait before the next attempt after the given number of failed attempts: 1, 2, 4 … minutes, capped. */
    public Duration retryDelay(int failedAttempts) {
        int doublings = Math.clamp(failedAttempts - 1, 0, 30);
        var delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
