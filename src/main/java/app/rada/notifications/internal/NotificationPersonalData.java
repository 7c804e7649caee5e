package app.rada.notifications.internal;

import app.rada.people.PeopleService;
import app.rada.shared.PersonalData;
import app.rada.shared.i18n.Translations;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's notifications and preferences: exported, and deleted on erasure. Other people's
 * notifications that name the person (someone commented, mentioned you) stay, with "Former member"
 * in the reader's language where the name was.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final PreferenceRepository preferences;
    private final PeopleService people;
    private final Translations texts;

    NotificationPersonalData(JdbcTemplate jdbc, PreferenceRepository preferences, PeopleService people,
                             Translations texts) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.people = people;
        this.texts = texts;
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
        if (name.isBlank()) {
            return;
        }
        // the arguments hold names as they were when the notice was written
        var naming = jdbc.queryForList("select id, person_id, args from notification where args like ?",
                "%" + name + "%");
        for (var row : naming) {
            var reader = people.findLoginAccountOf(((Number) row.get("person_id")).longValue());
            var former = texts.getTranslation("people.former-member", reader.language().locale());
            jdbc.update("update notification set args = ? where id = ?",
                    ((String) row.get("args")).replace(name, former), row.get("id"));
        }
    }
}
