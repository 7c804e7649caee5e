package app.rada.sessions.internal;

import app.rada.shared.Markdown;
import app.rada.shared.search.TermTable;
import app.rada.shared.search.WordForms;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search terms of design sessions ({@code design_session_term}: title, purpose, agenda and minutes)
 * and the portal-wide search over them. Members find only scheduled sessions of their audience (the
 * lists' rule, {@link SessionStore#AUDIENCE}); staff find drafts and cancelled sessions too.
 */
@Repository
public class SessionSearchStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final WordForms forms;
    private final TermTable terms;

    SessionSearchStore(NamedParameterJdbcTemplate jdbc, WordForms forms) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.terms = new TermTable(jdbc, "design_session_term", "session_id");
    }

    public record Found(long id, String title, String text, Instant startsAt) {
    }

    public List<Found> search(String text, SessionStore.Viewer viewer, int offset, int limit) {
        var params = new MapSqlParameterSource("staff", viewer.staff()).addValue("board", viewer.board())
                .addValue("org", viewer.organisationId() == null ? -1L : viewer.organisationId())
                .addValue("segment", viewer.segmentId() == null ? -1L : viewer.segmentId())
                .addValue("limit", limit).addValue("offset", offset);
        var sql = new StringBuilder("SELECT s.id, s.title, s.purpose, s.agenda, s.minutes, s.starts_at "
                + "FROM design_session s WHERE (:staff OR s.status = 'SCHEDULED') AND " + SessionStore.AUDIENCE);
        terms.where(sql, params, "s.id", forms.query(text).limit(5));
        sql.append(" ORDER BY s.starts_at DESC, s.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, (rs, n) -> new Found(rs.getLong(1), rs.getString(2),
                text(rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /** What a session says, as plain text: purpose, agenda and minutes. */
    static String text(String purpose, String agenda, String minutes) {
        return (purpose + " " + Markdown.toPlainText(agenda) + " " + Markdown.toPlainText(minutes)).strip();
    }

    /** Writes a session's terms, from its title, purpose, agenda and minutes. */
    public void replaceTerms(DesignSession session) {
        terms.replace(session.getId(), forms.terms(session.getTitle(),
                text(session.getPurpose(), session.getAgenda(), session.getMinutes())));
    }

    private record Text(long id, String title, String text) {
    }

    /** The next sessions after an id, locked, with their terms made again; their ids in order. */
    List<Long> rebuild(long after, int batch) {
        var texts = jdbc.query("SELECT id, title, purpose, agenda, minutes FROM design_session WHERE id > :after "
                        + "ORDER BY id LIMIT :batch FOR UPDATE",
                new MapSqlParameterSource("after", after).addValue("batch", batch),
                (rs, n) -> new Text(rs.getLong(1), rs.getString(2), text(rs.getString(3), rs.getString(4),
                        rs.getString(5))));
        texts.forEach(t -> terms.replace(t.id(), forms.terms(t.title(), t.text())));
        return texts.stream().map(Text::id).toList();
    }
}
