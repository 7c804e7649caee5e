package app.rada.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Preferences and digest times, kept as plain rows. */
@Repository
public class PreferenceRepository {

    private final JdbcTemplate jdbc;

    PreferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> channels(long personId) {
        var result = new HashMap<String, String>();
        jdbc.query("select kind, channel from notification_preference where person_id = ?",
                rs -> { result.put(rs.getString(1), rs.getString(2)); }, personId);
        return result;
    }

    public void save(long personId, String kind, String channel) {
        int updated = jdbc.update("update notification_preference set channel = ? where person_id = ? and kind = ?",
                channel, personId, kind);
        if (updated == 0) {
            jdbc.update("insert into notification_preference (person_id, kind, channel) values (?, ?, ?)",
                    personId, kind, channel);
        }
    }

    public Instant lastDigest(long personId, Instant otherwise) {
        List<Timestamp> rows = jdbc.queryForList(
                "select last_sent_at from notification_digest where person_id = ?", Timestamp.class, personId);
        return rows.isEmpty() ? otherwise : rows.getFirst().toInstant();
    }

    public void digestSent(long personId, Instant at) {
        int updated = jdbc.update("update notification_digest set last_sent_at = ? where person_id = ?",
                Timestamp.from(at), personId);
        if (updated == 0) {
            jdbc.update("insert into notification_digest (person_id, last_sent_at) values (?, ?)", personId,
                    Timestamp.from(at));
        }
    }

    public void forget(long personId) {
        jdbc.update("delete from notification_preference where person_id = ?", personId);
        jdbc.update("delete from notification_digest where person_id = ?", personId);
    }
}
