package app.rada.notifications.internal;

import app.rada.notifications.NotificationService;
import app.rada.shared.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the daily digests once a day, on one node only. */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationService notifications;

    DigestJob(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(cron = "${rada.notifications.digest-cron:0 0 7 * * *}", zone = "${rada.notifications.digest-zone:Europe/Warsaw}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendDigests() {
        int sent = SystemActor.call(notifications::sendDigests);
        log.info("Daily digest: {} e-mails queued", sent);
    }
}
