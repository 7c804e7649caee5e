package app.rada.webhooks.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the webhook sender every few seconds on one node at a time. The lock saves work; the claims on
 * each delivery already keep two senders from sending the same one.
 */
@Component
class WebhookDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    private final WebhookSender sender;

    WebhookDeliveryJob(WebhookSender sender) {
        this.sender = sender;
    }

    @Scheduled(initialDelayString = "${rada.webhooks.initial-delay:PT10S}",
            fixedDelayString = "${rada.webhooks.poll-interval:PT5S}")
    @SchedulerLock(name = "webhook-delivery", lockAtMostFor = "PT15M")
    public void deliver() {
        int delivered = sender.deliverDue();
        if (delivered > 0) {
            log.debug("Delivered {} webhooks", delivered);
        }
    }
}
