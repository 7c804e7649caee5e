package app.rada.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.BrowserTest;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsBrowserTest extends BrowserTest {

    @Test
    void an_administrator_reads_the_metrics_in_prometheus_format_with_the_portals_own_figures() {
        loginAs("admin");
        open(page, "ideas");
        waitForVaadin(page);
        var response = page.request().get(url("actuator/prometheus"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("rada_sessions_active", "rada_uis_active", "rada_push_connections",
                "rada_roundtrip_seconds_bucket", "rada_mail_outbox{", "rada_locks_held", "rada_signals_received");
        var uis = response.text().lines().filter(line -> line.startsWith("rada_uis_active")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(uis.substring(uis.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void staff_and_customers_are_refused_the_metrics() {
        for (var role : List.of("customer", "staff")) {
            var context = newContext("en-GB");
            var other = context.newPage();
            login(other, role + "@rada.demo", "demo");
            var response = other.request().get(url("actuator/prometheus"), RequestOptions.create().setMaxRedirects(0));
            assertThat(response.status()).as(role).isIn(302, 401, 403);
            context.close();
        }
    }
}
