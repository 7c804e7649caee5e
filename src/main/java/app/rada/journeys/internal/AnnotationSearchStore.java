package app.rada.journeys.internal;

import app.rada.shared.search.TermTable;
import app.rada.shared.search.WordForms;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search terms of journey annotations ({@code journey_annotation_term}) and the portal-wide search
 * over them: a page of the annotations with every word searched for, on the maps the person may open
 * (published ones; staff also drafts and archived maps), the newest first.
 */
@Repository
public class AnnotationSearchStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final WordForms forms;
    private final TermTable terms;

    AnnotationSearchStore(NamedParameterJdbcTemplate jdbc, WordForms forms) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.terms = new TermTable(jdbc, "journey_annotation_term", "annotation_id");
    }

    public record Found(long id, long mapId, String mapTitle, String touchpointName, String text, Instant createdAt) {
    }

    public List<Found> search(String text, boolean staff, int offset, int limit) {
        var params = new MapSqlParameterSource("staff", staff).addValue("limit", limit).addValue("offset", offset);
        var sql = new StringBuilder("""
                SELECT a.id, a.map_id, m.title, t.name, a.text, a.created_at FROM journey_annotation a
                JOIN journey_map m ON m.id = a.map_id JOIN journey_touchpoint t ON t.id = a.touchpoint_id
                WHERE (:staff OR m.status = 'PUBLISHED')""");
        terms.where(sql, params, "a.id", forms.query(text).limit(5));
        sql.append(" ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, (rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /** Writes an annotation's terms, those of its text. */
    public void replaceTerms(long annotationId, String text) {
        terms.replace(annotationId, forms.terms(text));
    }

    private record Text(long id, String text) {
    }

    /** The next annotations after an id, locked, with their terms made again; their ids in order. */
    List<Long> rebuild(long after, int batch) {
        var texts = jdbc.query("SELECT id, text FROM journey_annotation WHERE id > :after ORDER BY id LIMIT :batch "
                        + "FOR UPDATE", new MapSqlParameterSource("after", after).addValue("batch", batch),
                (rs, n) -> new Text(rs.getLong("id"), rs.getString("text")));
        texts.forEach(t -> replaceTerms(t.id(), t.text()));
        return texts.stream().map(Text::id).toList();
    }
}
