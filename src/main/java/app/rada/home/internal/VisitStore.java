package app.rada.home.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The start page's two visit times per person: the one the page compares with, and the latest. */
@Repository
public class VisitStore {

    private final JdbcTemplate jdbc;

    VisitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Visits(Instant previous, Instant current) {
    }

    public Optional<Visits> of(long personId) {
        List<Visits> rows = jdbc.query("select previous_at, current_at from home_visit where person_id = ?",
                (rs, n) -> {
                    var current = rs.getTimestamp("current_at").toInstant();
                    var previous = rs.getTimestamp("previous_at");
                    return new Visits(previous == null ? current : previous.toInstant(), current);
                }, personId);
        return rows.stream().findFirst();
    }

    /** Stores the visits; the first visit inserts, a later one updates. */
    public void save(long personId, Instant previous, Instant current) {
        int changed = jdbc.update("update home_visit set previous_at = ?, current_at = ? where person_id = ?",
                Timestamp.from(previous), Timestamp.from(current), personId);
        if (changed == 0) {
            jdbc.update("insert into home_visit (person_id, previous_at, current_at) values (?, ?, ?) "
                    + "on conflict do nothing", personId, Timestamp.from(previous),
                    Timestamp.from(current));
        }
    }

    public void forget(long personId) {
        jdbc.update("delete from home_visit where person_id = ?", personId);
    }
}
