package app.rada.audit.internal;

import app.rada.shared.PersonalData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit entries about a person. Erasure is the one case where existing entries change: what
 * identifies the person is blanked out, while the entries themselves (what happened, when) stay.
 */
@Component
class AuditPersonalData implements PersonalData {

    // labels as typed (a failed login in capitals) count too, so addresses are compared in lower case
    private static final String ABOUT = "(actor_id = ? or (target_type = 'person' and target_id = ?) "
            + "or lower(actor_label) = ? or lower(target_label) = ? or lower(detail) like ? escape '!')";

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "securityLog";
    }

    @Override
    public Object export(long personId, String email) {
        List<Map<String, Object>> rows = jdbc.queryForList("select occurred_at, action, client_address, detail "
                + "from audit_entry where " + ABOUT + " order by occurred_at", personId, String.valueOf(personId),
                lower(email), lower(email), mentioning(lower(email)));
        return rows.stream().map(row -> Map.of("at", String.valueOf(row.get("occurred_at")),
                "action", String.valueOf(row.get("action")),
                "from", String.valueOf(row.get("client_address")))).toList();
    }

    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("update audit_entry set actor_label = null, target_label = null, detail = null, "
                + "client_address = null where " + ABOUT, personId, String.valueOf(personId), lower(email), lower(email),
                mentioning(lower(email)));
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A pattern for details that mention the address itself: {@code _} and {@code %} are allowed in an
     * e-mail's name part and would otherwise match other people's addresses too.
     */
    static String mentioning(String email) {
        return "%" + email.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
