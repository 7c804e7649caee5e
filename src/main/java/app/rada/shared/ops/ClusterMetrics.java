package app.rada.shared.ops;

import app.rada.shared.cluster.ClusterSignals;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What several nodes share: the scheduled jobs' locks held right now (ShedLock rows whose time has
 * not run out) and the signals this node heard from the others.
 */
@Component
class ClusterMetrics {

    ClusterMetrics(MeterRegistry registry, JdbcTemplate jdbc, ClusterSignals signals) {
        Gauge.builder("rada.locks.held", jdbc, j -> count(j,
                        "select count(*) from shedlock where lock_until > current_timestamp"))
                .description("Scheduled-job locks held now, by any node").register(registry);
        FunctionCounter.builder("rada.signals.received", signals, ClusterSignals::receivedFromOtherNodes)
                .description("Live-update signals received from other nodes").register(registry);
    }

    static double count(JdbcTemplate jdbc, String sql) {
        try {
            Long n = jdbc.queryForObject(sql, Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
