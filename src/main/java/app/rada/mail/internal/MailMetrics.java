package app.rada.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outbox backlog: mail waiting to go out, and mail given up on, for the metrics. */
@Component
class MailMetrics {

    MailMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        Gauge.builder("rada.mail.outbox", jdbc, j -> count(j, "PENDING")).tag("status", "pending")
                .description("Mail in the outbox by status").register(registry);
        Gauge.builder("rada.mail.outbox", jdbc, j -> count(j, "FAILED")).tag("status", "failed")
                .description("Mail in the outbox by status").register(registry);
    }

    private static double count(JdbcTemplate jdbc, String status) {
        try {
            Long n = jdbc.queryForObject("select count(*) from outbox_mail where status = ?", Long.class, status);
            return n == null ? 0 : n;
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
