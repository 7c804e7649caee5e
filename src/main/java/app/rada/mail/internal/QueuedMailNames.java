package app.rada.mail.internal;

import app.rada.shared.Language;
import app.rada.shared.i18n.Translations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Takes an erased person's name out of mail to other people that has not gone out yet (a notice that
 * they commented, say): the mail still goes, with "Former member" in its language where the name was.
 * Mail already sent is not rewritten here.
 */
@Component
class QueuedMailNames {

    private static final String NOT_SENT = "status <> 'SENT'";

    private final JdbcTemplate jdbc;
    private final Translations texts;

    QueuedMailNames(JdbcTemplate jdbc, Translations texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    void forget(String name, String email) {
        if (name.isBlank()) {
            return;
        }
        var escaped = HtmlUtils.htmlEscape(name);
        var like = "%" + name + "%";
        var rows = jdbc.queryForList("select id, language, subject, body_text, body_html from outbox_mail where "
                + NOT_SENT + " and recipient <> ? and (subject like ? or body_text like ? or body_html like ? "
                + "or body_html like ?)", email, like, like, like, "%" + escaped + "%");
        for (var row : rows) {
            var language = Language.of(String.valueOf(row.get("language"))).orElse(Language.EN);
            var former = texts.getTranslation("people.former-member", language.locale());
            jdbc.update("update outbox_mail set subject = ?, body_text = ?, body_html = ? where id = ? and " + NOT_SENT,
                    ((String) row.get("subject")).replace(name, former),
                    ((String) row.get("body_text")).replace(name, former),
                    ((String) row.get("body_html")).replace(name, HtmlUtils.htmlEscape(former))
                            .replace(escaped, HtmlUtils.htmlEscape(former)),
                    row.get("id"));
        }
    }
}
