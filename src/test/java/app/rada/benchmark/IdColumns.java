package app.rada.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL: every identity column's next value lies after the largest id in its table, so rows the
 * application inserts after a seed that wrote ids of its own never collide with them.
 */
final class IdColumns {

    private IdColumns() {
    }

    static void check(JdbcTemplate jdbc) {
        var columns = jdbc.query("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and is_identity = 'YES' order by table_name""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        var behind = new ArrayList<String>();
        for (var c : columns) {
            var sequence = jdbc.queryForObject("select pg_get_serial_sequence(?, ?)", String.class, c[0], c[1]);
            Long max = jdbc.queryForObject("select max(" + c[1] + ") from " + c[0], Long.class);
            if (sequence == null || max == null) {
                continue;
            }
            long next = jdbc.queryForObject("select case when is_called then last_value + 1 else last_value end from "
                    + sequence, Long.class);
            if (next <= max) {
                behind.add(c[0] + "." + c[1] + " next " + next + " <= max " + max);
            }
        }
        assertThat(behind).as("identity columns whose next value would collide with a seeded id").isEmpty();
    }
}
