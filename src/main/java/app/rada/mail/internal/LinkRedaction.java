package app.rada.mail.internal;

import app.rada.shared.Language;
import app.rada.shared.i18n.Translations;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Cuts a secret link (an invitation, a password reset) out of the outbox's copy of a mail once the
 * mail is delivered or the link has expired, so that neither the outbox page nor the database keeps a
 * link that still works. Until then the link stays readable: without a mail server, staff pass it on
 * from the outbox.
 */
@Component
public class LinkRedaction {

    static final String REMOVED_KEY = "mail.link-removed";

    private final JdbcTemplate jdbc;
    private final Translations texts;

    LinkRedaction(JdbcTemplate jdbc, Translations texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Removes the secret link of one mail; false when it had none (left). */
    public boolean redact(long mailId) {
        var rows = jdbc.query("select secret_link, body_html, body_text, language from outbox_mail "
                        + "where id = ? and secret_link is not null",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, mailId);
        if (rows.isEmpty()) {
            return false;
        }
        var row = rows.getFirst();
        var link = row[0];
        var removed = texts.getTranslation(REMOVED_KEY, Language.of(row[3]).orElse(Language.EN).locale());
        var escapedLink = HtmlUtils.htmlEscape(link);
        var html = row[1].replace("href=\"" + escapedLink + "\"", "href=\"#\"")
                .replace(escapedLink, HtmlUtils.htmlEscape(removed));
        var text = row[2].replace(link, removed);
        // only while the link is the one read: a second redaction at the same moment finds nothing to do
        return jdbc.update("update outbox_mail set body_html = ?, body_text = ?, secret_link = null "
                + "where id = ? and secret_link = ?", html, text, mailId, link) == 1;
    }

    /**
     * Removes every secret link that has expired. A mail still waiting for delivery is given up on: its
     * link no longer works, so it would only confuse the person it reached.
     */
    public int redactExpired(Instant now) {
        var expired = jdbc.queryForList("select id from outbox_mail where secret_link is not null "
                + "and link_expires_at <= ?", Long.class, now.atOffset(ZoneOffset.UTC));
        int count = 0;
        for (long id : expired) {
            if (redact(id)) {
                jdbc.update("update outbox_mail set status = 'FAILED', last_error = ? where id = ? "
                        + "and status = 'PENDING'", "The link expired before the mail was delivered", id);
                count++;
            }
        }
        return count;
    }
}
