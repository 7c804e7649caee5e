package app.rada.mail.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every few seconds on one node at a time. The lock saves work; claims alone already
 * keep two senders from sending the same mail, for example when a slow run outlives its lock.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);

    private final MailDelivery delivery;

    MailDeliveryJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${rada.mail.initial-delay:PT10S}", fixedDelayString = "${rada.mail.poll-interval:PT10S}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT15M")
    public void deliver() {
        int delivered = delivery.deliverDue();
        if (delivered > 0) {
            log.info("Delivered {} e-mails", delivered);
        }
    }
}
