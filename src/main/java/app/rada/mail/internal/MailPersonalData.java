package app.rada.mail.internal;

import app.rada.shared.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mails sent to a person. On erasure they are deleted: they are messages, not contributions.
 * Mail to others still waiting to go loses the person's name.
 */
@Component
class MailPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final QueuedMailNames queued;

    MailPersonalData(JdbcTemplate jdbc, QueuedMailNames queued) {
        this.jdbc = jdbc;
        this.queued = queued;
    }

    @Override
    public String section() {
        return "emails";
    }

    @Override
    public Object export(long personId, String email) {
        return jdbc.queryForList("select created_at, kind, subject, status from outbox_mail where recipient = ? "
                + "order by created_at", email).stream().map(row -> Map.of(
                "createdAt", String.valueOf(row.get("created_at")), "kind", String.valueOf(row.get("kind")),
                "subject", String.valueOf(row.get("subject")), "status", String.valueOf(row.get("status")))).toList();
    }

    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("delete from outbox_mail where recipient = ?", email);
        queued.forget(name, email);
    }
}
