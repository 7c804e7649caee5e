package app.rada.notifications.internal;

import app.rada.shared.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A person's notifications and preferences: exported, and deleted on erasure. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final PreferenceRepository preferences;

    NotificationPersonalData(JdbcTemplate jdbc, PreferenceRepository preferences) {
        this.jdbc = jdbc;
        this.preferences = preferences;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long personId, String email) {
        return Map.of(
                "notifications", jdbc.queryForList("select kind, title_key, link, created_at, read_at "
                        + "from notification where person_id = ? order by created_at", personId).stream()
                        .map(row -> Map.of("kind", String.valueOf(row.get("kind")),
                                "what", String.valueOf(row.get("title_key")),
                                "createdAt", String.valueOf(row.get("created_at")),
                                "readAt", String.valueOf(row.get("read_at")))).toList(),
                "preferences", preferences.channels(personId));
    }

    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("delete from notification where person_id = ?", personId);
        preferences.forget(personId);
    }
}
