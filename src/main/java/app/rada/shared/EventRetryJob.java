package app.rada.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, on one node at a time, the events whose listener failed: without this they would
 * wait for the next restart ({@code republish-outstanding-events-on-restart}). Only publications older
 * than {@code rada.events.retry-older-than} are taken, so a listener still at work is rarely handed the
 * same event; the listeners are written to be idempotent for when it happens anyway.
 */
@Component
public class EventRetryJob {

    private static final Logger log = LoggerFactory.getLogger(EventRetryJob.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetryJob(IncompleteEventPublications incomplete,
                  @Value("${rada.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(initialDelayString = "${rada.events.retry-interval:PT5M}",
            fixedDelayString = "${rada.events.retry-interval:PT5M}")
    @SchedulerLock(name = "event-retry", lockAtMostFor = "PT15M", lockAtLeastFor = "PT30S")
    void run() {
        resubmit();
    }

    /** Delivers the waiting publications again now, without the lock (for a caller that holds it, or tests). */
    public void resubmit() {
        log.debug("Resubmitting event publications incomplete for more than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
