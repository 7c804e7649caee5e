package app.rada.shared.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The stored search terms of one kind of content, in a table of its module: {@code (term, <key>)} with
 * the primary key {@code (term, <key>)} and an index on {@code (<key>, term)}. The module writes an
 * item's terms in the same transaction as the item, and adds the conditions of a query to its own
 * search, which applies its own rules of who may see what. Written in SQL that H2 and PostgreSQL run.
 */
public final class TermTable {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final String key;

    public TermTable(NamedParameterJdbcTemplate jdbc, String table, String key) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("not a table and column name: " + table + "." + key);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    /** Replaces the stored terms of one item. */
    public void replace(long id, Set<String> terms) {
        jdbc.update("DELETE FROM " + table + " WHERE " + key + " = :id", new MapSqlParameterSource("id", id));
        if (terms.isEmpty()) {
            return;
        }
        var rows = terms.stream().map(term -> new MapSqlParameterSource("term", term).addValue("id", id)).toList();
        jdbc.batchUpdate("INSERT INTO " + table + " (term, " + key + ") VALUES (:term, :id)",
                rows.toArray(new MapSqlParameterSource[0]));
    }

    /**
     * Adds one condition per query word to a WHERE clause: the item (its id in {@code idColumn}) has a term
     * of that word. Each is a seek on the primary key by the word's terms. A query without words matches
     * nothing.
     */
    public void where(StringBuilder sql, MapSqlParameterSource params, String idColumn, SearchQuery query) {
        if (query.isEmpty()) {
            sql.append(" AND 1 = 0");
            return;
        }
        var words = query.words();
        for (int n = 0; n < words.size(); n++) {
            var name = "word" + n;
            params.addValue(name, List.copyOf(words.get(n).terms()));
            sql.append(" AND ").append(idColumn).append(" IN (SELECT w").append(n).append('.').append(key)
                    .append(" FROM ").append(table).append(" w").append(n).append(" WHERE w").append(n)
                    .append(".term IN (:").append(name).append("))");
        }
    }
}
