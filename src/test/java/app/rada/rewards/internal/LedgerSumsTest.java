package app.rada.rewards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.rewards.EntryKind;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's points by month: months that ended are summed once and then kept, a late row written on
 * this node is counted at once, and the month still open is always summed from the ledger.
 */
class LedgerSumsTest extends KaribuTest {

    private static final Instant JANUARY = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2019-02-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2019-03-01T00:00:00Z");

    @Autowired
    LedgerStore store;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeOldRows() {
        jdbc.update("delete from reward_entry where created_at < ?", Timestamp.from(MARCH));
    }

    @Test
    void ended_months_are_kept_and_a_late_row_is_counted() {
        long person = jdbc.queryForObject("select id from person where email = 'customer@rada.demo'", Long.class);
        var open = Instant.now().plus(Duration.ofDays(1));
        var bounds = List.of(JANUARY, FEBRUARY, MARCH, open);
        store.append(person, null, EntryKind.IDEA_SUBMITTED, 9_000_001L, 10, 10, null, null,
                JANUARY.plus(Duration.ofDays(3)));
        store.append(person, null, EntryKind.MANUAL, null, 5, 5, "thanks", null, FEBRUARY.plus(Duration.ofDays(2)));

        var first = store.sumsByPart(bounds);
        assertThat(part(first, 0)).containsExactly(0, 10, 0, 0);
        assertThat(part(first, 1)).containsExactly(1, 0, 5, 0);

        // a row that reached the database without this node seeing it: January is kept as it was summed
        insertDirectly(person, 7, JANUARY.plus(Duration.ofDays(4)));
        assertThat(part(store.sumsByPart(bounds), 0)).containsExactly(0, 10, 0, 0);

        // points delivered late on this node: January is summed again, with every row it has now
        store.append(person, null, EntryKind.IDEA_VOTED, 9_000_002L, 3, 3, null, null, JANUARY.plus(Duration.ofDays(5)));
        assertThat(part(store.sumsByPart(bounds), 0)).containsExactly(0, 20, 0, 0);
        assertThat(part(store.sumsByPart(bounds), 1)).containsExactly(1, 0, 5, 0);
    }

    @Test
    void the_open_month_is_always_summed_from_the_ledger() {
        long person = jdbc.queryForObject("select id from person where email = 'customer@rada.demo'", Long.class);
        var since = Instant.now().minus(Duration.ofDays(1));
        var bounds = List.of(JANUARY, FEBRUARY, since, Instant.now().plus(Duration.ofDays(1)));
        long before = earned(store.sumsByPart(bounds), 2);
        insertDirectly(person, 4, Instant.now());
        assertThat(earned(store.sumsByPart(bounds), 2)).isEqualTo(before + 4);
        jdbc.update("delete from reward_entry where source_id = 9000099");
    }

    private void insertDirectly(long person, int points, Instant at) {
        jdbc.update("insert into reward_entry (person_id, kind, source_id, lifetime_points, spendable_points, created_at) "
                + "values (?, 'COMMENT_POSTED', 9000099, ?, ?, ?)", person, points, points, Timestamp.from(at));
    }

    private static long[] part(List<long[]> parts, int index) {
        return parts.stream().filter(p -> p[0] == index).findFirst().orElse(new long[] {index, 0, 0, 0});
    }

    private static long earned(List<long[]> parts, int index) {
        return part(parts, index)[1];
    }
}
