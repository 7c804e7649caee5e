package app.rada.ballots.internal;

import app.rada.shared.Markdown;
import app.rada.shared.search.TermTable;
import app.rada.shared.search.WordForms;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search terms of ballots ({@code ballot_term}: title, question, explanation, options and outcome
 * statement) and the portal-wide search over them. Who may search ballots at all is the service's rule;
 * here drafts are left out unless staff search.
 */
@Repository
public class BallotSearchStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final WordForms forms;
    private final TermTable terms;

    BallotSearchStore(NamedParameterJdbcTemplate jdbc, WordForms forms) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.terms = new TermTable(jdbc, "ballot_term", "ballot_id");
    }

    public record Found(long id, String title, String text, Instant opensAt) {
    }

    public List<Found> search(String text, boolean staff, int offset, int limit) {
        var params = new MapSqlParameterSource("staff", staff).addValue("limit", limit).addValue("offset", offset);
        var sql = new StringBuilder("SELECT b.id, b.title, b.question, b.explanation, b.outcome_statement, b.opens_at "
                + "FROM ballot b WHERE (:staff OR b.status <> 'DRAFT')");
        terms.where(sql, params, "b.id", forms.query(text).limit(5));
        sql.append(" ORDER BY b.opens_at DESC, b.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, (rs, n) -> new Found(rs.getLong(1), rs.getString(2),
                text(rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /** What a ballot says, as plain text: question, explanation and outcome statement. */
    static String text(String question, String explanation, @Nullable String outcome) {
        return (question + " " + Markdown.toPlainText(explanation) + " " + (outcome == null ? "" : outcome)).strip();
    }

    /** Writes a ballot's terms, from its title, question, explanation, options and outcome statement. */
    public void replaceTerms(Ballot ballot) {
        terms.replace(ballot.getId(), forms.terms(ballot.getTitle(), text(ballot.getQuestion(),
                ballot.getExplanation(), ballot.getOutcomeStatement()), String.join(" ", ballot.getOptions())));
    }

    private record Text(long id, String title, String text) {
    }

    /** The next ballots after an id, locked, with their terms made again; their ids in order. */
    List<Long> rebuild(long after, int batch) {
        var texts = jdbc.query("SELECT id, title, question, explanation, outcome_statement FROM ballot WHERE id > :after "
                        + "ORDER BY id LIMIT :batch FOR UPDATE",
                new MapSqlParameterSource("after", after).addValue("batch", batch),
                (rs, n) -> new Text(rs.getLong(1), rs.getString(2), text(rs.getString(3), rs.getString(4),
                        rs.getString(5))));
        for (var t : texts) {
            var options = jdbc.queryForList("SELECT label FROM ballot_option WHERE ballot_id = :id",
                    new MapSqlParameterSource("id", t.id()), String.class);
            terms.replace(t.id(), forms.terms(t.title(), t.text(), String.join(" ", options)));
        }
        return texts.stream().map(Text::id).toList();
    }
}
