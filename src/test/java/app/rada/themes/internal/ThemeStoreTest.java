package app.rada.themes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.themes.ThemeScope;
import app.rada.support.KaribuTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ThemeStoreTest extends KaribuTest {

    @Autowired
    ThemeStore store;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_scope_regrouped_meanwhile_by_someone_else_keeps_their_themes_until_something_new_is_written() {
        var scope = ThemeScope.touchpoint(900_001, 900_002);
        transactions.executeWithoutResult(s -> store.replace(scope, List.of(row("first")), Instant.now()));
        // a second look that computed from the same texts finds the scope fresh and leaves it as it is
        transactions.executeWithoutResult(s -> store.replace(scope, List.of(row("second")), Instant.now()));
        assertThat(labels(scope)).containsExactly("first");

        store.markMapStale(900_001);
        transactions.executeWithoutResult(s -> store.replace(scope, List.of(row("third")), Instant.now()));
        assertThat(labels(scope)).containsExactly("third");
        assertThat(store.kept(scope).orElseThrow().stale()).isFalse();
    }

    @Test
    void two_people_regrouping_one_new_scope_at_once_get_one_set_of_themes_and_no_error() throws Exception {
        var scope = ThemeScope.touchpoint(900_011, 900_012);
        var firstWrote = new CountDownLatch(1);
        var secondStarted = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> transactions.executeWithoutResult(s -> {
                store.replace(scope, List.of(row("first")), Instant.now());
                firstWrote.countDown();
                try {
                    // hold the scope's lock while the second one arrives
                    secondStarted.await(10, TimeUnit.SECONDS);
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            firstWrote.await(10, TimeUnit.SECONDS);
            var second = threads.submit(() -> transactions.executeWithoutResult(s -> {
                secondStarted.countDown();
                store.replace(scope, List.of(row("second")), Instant.now());
            }));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        }
        assertThat(labels(scope)).containsExactly("first");
    }

    private List<String> labels(ThemeScope scope) {
        return store.kept(scope).orElseThrow().themes().stream().map(ThemeRow::label).toList();
    }

    private static ThemeRow row(String label) {
        return new ThemeRow(0, label, 1, 0, 0, 1, Map.of(), List.of(), List.of(), List.of(), List.of(), 1,
                List.of(new ThemeRow.Member('A', 1, 1, "a quote")));
    }
}
