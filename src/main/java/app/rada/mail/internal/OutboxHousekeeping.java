package app.rada.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from holding more than it needs, on one node at a time: expired secret links are
 * cut out of waiting mail, and delivered mail is deleted after {@code rada.mail.retention} (90 days
 * unless set). Mail not delivered (waiting or failed) is kept for staff to see and retry.
 */
@Component
public class OutboxHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final LinkRedaction redaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    OutboxHousekeeping(LinkRedaction redaction, JdbcTemplate jdbc, Clock clock,
                       @Value("${rada.mail.retention:90d}") Duration retention) {
        this.redaction = redaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${rada.mail.housekeeping-interval:PT5M}",
            fixedDelayString = "${rada.mail.housekeeping-interval:PT5M}")
    @SchedulerLock(name = "mail-housekeeping", lockAtMostFor = "PT15M", lockAtLeastFor = "PT30S")
    void onSchedule() {
        tidy();
    }

    /** Does the work now, without the lock (for a caller that holds it, or tests). */
    public void tidy() {
        int redacted = redaction.redactExpired(clock.instant());
        int deleted = deleteDelivered();
        if (redacted > 0 || deleted > 0) {
            log.info("Outbox: {} expired links removed, {} delivered mails past retention deleted", redacted, deleted);
        }
    }

    /** Deletes delivered mail older than the retention period (with its attachments); returns how many. */
    public int deleteDelivered() {
        var before = clock.instant().minus(retention).atOffset(ZoneOffset.UTC);
        return jdbc.update("delete from outbox_mail where status = 'SENT' and sent_at < ?", before);
    }
}
