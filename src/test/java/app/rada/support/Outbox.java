package app.rada.support;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the mail outbox the way a recipient would read their inbox, for tests. */
public final class Outbox {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    private Outbox() {
    }

    public record Mail(String recipient, String language, String kind, String subject, String text, String html) {
    }

    public static List<Mail> to(JdbcTemplate jdbc, String recipient) {
        return jdbc.query("select recipient, language, kind, subject, body_text, body_html from outbox_mail "
                        + "where recipient = ? order by id", (rs, i) -> new Mail(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), recipient);
    }

    public static Mail last(JdbcTemplate jdbc, String recipient) {
        var all = to(jdbc, recipient);
        if (all.isEmpty()) {
            throw new AssertionError("No mail to " + recipient);
        }
        return all.getLast();
    }

    /** The token of the invitation link in the latest mail to the recipient. */
    public static String invitationToken(JdbcTemplate jdbc, String recipient) {
        var matcher = INVITATION_LINK.matcher(last(jdbc, recipient).text());
        if (!matcher.find()) {
            throw new AssertionError("No invitation link in the mail to " + recipient);
        }
        return matcher.group(1);
    }
}
