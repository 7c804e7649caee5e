package app.rada.notifications.internal;

import app.rada.notifications.NotificationKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a notice once per cause. The unique key on (person, kind, cause) decides in the database, so
 * two deliveries of the same event, even at the same moment on two nodes, leave one row.
 */
@Component
public class NoticeStore {

    private final JdbcTemplate jdbc;

    NoticeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notice's id, or empty when a notice with this cause was written before. */
    public OptionalLong insertOnce(String cause, long personId, NotificationKind kind, String titleKey,
                                   @Nullable String bodyKey, @Nullable String args, @Nullable String link,
                                   Instant createdAt) {
        int written = jdbc.update("insert into notification (person_id, kind, title_key, body_key, args, link, "
                        + "created_at, cause) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                personId, kind.name(), titleKey, bodyKey, args, link, Timestamp.from(createdAt), cause);
        if (written == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.queryForObject("select id from notification where person_id = ? and kind = ? "
                + "and cause = ?", Long.class, personId, kind.name(), cause));
    }
}
