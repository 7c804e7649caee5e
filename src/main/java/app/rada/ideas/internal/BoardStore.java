package app.rada.ideas.internal;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The board's SQL: pages of ideas under a filter and a sort, their count, the word search behind both,
 * ideas similar to a title and the most used tags. Written in SQL that H2 and PostgreSQL both run.
 */
@Repository
public class BoardStore {

    private final NamedParameterJdbcTemplate jdbc;

    BoardStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A board row before names and Markdown are resolved. */
    public record Row(long id, String title, String descriptionStart, @Nullable Long categoryId, IdeaStatus status,
                      Visibility visibility, int voteCount, int weightedVotes, int commentCount,
                      @Nullable Long touchpointId, Instant createdAt, @Nullable Instant lastAnswerAt, long authorId,
                      boolean votedByMe) {
    }

    public List<Row> board(BoardFilter filter, BoardSort sort, long me, boolean staff, int offset, int limit) {
        var params = new MapSqlParameterSource("me", me).addValue("limit", limit).addValue("offset", offset);
        var sql = new StringBuilder("""
                SELECT i.id, i.title, SUBSTRING(i.description, 1, 400) AS description_start, i.category_id, i.status,
                       i.visibility, i.vote_count, i.weighted_votes, i.comment_count, i.touchpoint_id, i.created_at,
                       i.last_answer_at, i.author_id,
                       CASE WHEN EXISTS (SELECT 1 FROM idea_vote v WHERE v.idea_id = i.id AND v.person_id = :me)
                            THEN TRUE ELSE FALSE END AS voted
                FROM idea i WHERE\s""");
        boolean fromWordIdeas = where(sql, params, filter, sort, me, staff);
        var column = switch (sort) {
            case TRENDING -> "i.trending_score";
            case TOP -> "i.vote_count";
            case NEWEST -> "i.created_at";
            case ANSWERED -> "i.last_answer_at";
        };
        // for members every row has listed = TRUE; naming it in the order lets H2 read the page straight from
        // the sort's index (listed, column, id) instead of sorting every listed idea, as PostgreSQL does anyway.
        // Not when a rare word drives the search: its few ideas are read and sorted, never the whole index.
        var listedFirst = !filter.mine() && !staff && !fromWordIdeas ? "i.listed DESC, " : "";
        sql.append(" ORDER BY ").append(listedFirst).append(column).append(" DESC, i.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, BoardStore::row);
    }

    public long count(BoardFilter filter, long me, boolean staff) {
        var params = new MapSqlParameterSource("me", me);
        var sql = new StringBuilder("SELECT COUNT(*) FROM idea i WHERE ");
        where(sql, params, filter, BoardSort.TRENDING, me, staff);
        var count = jdbc.queryForObject(sql.toString(), params, Long.class);
        return count == null ? 0 : count;
    }

    /** Adds the conditions; true when the search starts from the ideas with a rare word. */
    private boolean where(StringBuilder sql, MapSqlParameterSource params, BoardFilter filter, BoardSort sort,
                              long me, boolean staff) {
        if (filter.mine()) {
            // a member's own ideas, including those only staff see and those awaiting approval
            sql.append("i.author_id = :me AND i.status <> 'MERGED'");
        } else if (staff) {
            sql.append("(i.listed = TRUE OR (i.visibility = 'STAFF' AND i.moderation = 'APPROVED' AND i.status <> 'MERGED'))");
        } else {
            sql.append("i.listed = TRUE");
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND i.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.categoryId() != null) {
            sql.append(" AND i.category_id = :category");
            params.addValue("category", filter.categoryId());
        }
        if (filter.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_tag t WHERE t.idea_id = i.id AND t.tag = :tag)");
            params.addValue("tag", filter.tag());
        }
        if (filter.voted()) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_vote mv WHERE mv.idea_id = i.id AND mv.person_id = :me)");
        }
        if (filter.followed()) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_follower f WHERE f.idea_id = i.id AND f.person_id = :me)");
        }
        if (sort == BoardSort.ANSWERED) {
            sql.append(" AND i.last_answer_at IS NOT NULL");
        }
        boolean fromWordIdeas = false;
        if (filter.text() != null) {
            var patterns = searchPatterns(filter.text());
            if (patterns.isEmpty()) {
                sql.append(" AND 1 = 0");
            }
            // The rarest word drives the search when few ideas have it: those ideas are read and sorted.
            // When every word is common, the board is read in its order and each idea is checked for the
            // words, which stops after one page. Either way a page costs a bounded amount of work.
            for (int n = 0; n < patterns.size(); n++) {
                var pattern = patterns.get(n);
                pattern.bind(params, n);
                fromWordIdeas |= n == 0 && pattern.narrow();
                if (n == 0 && pattern.narrow()) {
                    sql.append(" AND i.id IN (SELECT s0.idea_id FROM idea_term s0 WHERE ")
                            .append(pattern.condition("s0", 0)).append(")");
                } else {
                    sql.append(" AND EXISTS (SELECT 1 FROM idea_term s").append(n).append(" WHERE s").append(n)
                            .append(".idea_id = i.id AND ").append(pattern.condition("s" + n, n)).append(")");
                }
            }
        }
        return fromWordIdeas;
    }

    /** Below this many ideas with a word, search starts from the ideas with that word. */
    static final int NARROW_TERM = 5000;

    /**
     * A typed word matches the stored words it begins: those from the word up to the next word in order
     * ({@code >= 'zwrot' AND < 'zwrou'}). A range rather than LIKE, because H2 ignores the index for a
     * LIKE with a parameter inside a subquery, and PostgreSQL estimates a range well (with both, it
     * multiplied their selectivities and chose a hash join over the whole table).
     */
    record SearchPattern(String prefix, @Nullable String after, int ideas, boolean narrow) {

        String condition(String alias, int n) {
            return alias + ".term >= :from" + n + " AND " + alias
                    + (after == null ? ".term LIKE :term" + n : ".term < :after" + n);
        }

        void bind(MapSqlParameterSource params, int n) {
            params.addValue("from" + n, prefix);
            if (after == null) {
                params.addValue("term" + n, prefix + "%");
            } else {
                params.addValue("after" + n, after);
            }
        }

        /**
         * The first word after every word that begins with the prefix: its last letter raised by one
         * ("abc" to "abd"); a trailing "z" or "9" carries to the letter before ("abz" to "ac"), so the
         * bound stays a letter or digit, which sorts the same way under every collation.
         */
        static @Nullable String after(String prefix) {
            for (int i = prefix.length() - 1; i >= 0; i--) {
                char c = prefix.charAt(i);
                if (c != 'z' && c != '9' && c != Character.MAX_VALUE) {
                    return prefix.substring(0, i) + (char) (c + 1);
                }
            }
            return null;
        }
    }

    /** The words of the text (at most five) as patterns, the rarest first. */
    private List<SearchPattern> searchPatterns(String text) {
        var patterns = new ArrayList<SearchPattern>();
        for (var term : SearchTerms.of(text)) {
            if (patterns.size() == 5) {
                break;
            }
            var prefix = term.replace("%", "").replace("_", "");
            var probe = new SearchPattern(prefix, SearchPattern.after(prefix), 0, false);
            var params = new MapSqlParameterSource("cap", NARROW_TERM + 1);
            probe.bind(params, 0);
            Integer ideas = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM idea_term t WHERE "
                    + probe.condition("t", 0) + " LIMIT :cap) c", params, Integer.class);
            int found = ideas == null ? 0 : ideas;
            patterns.add(new SearchPattern(prefix, probe.after(), found, found <= NARROW_TERM));
        }
        patterns.sort(Comparator.comparingInt(SearchPattern::ideas));
        return patterns;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("description_start"),
                IdeaStore.nullableLong(rs, "category_id"), IdeaStatus.valueOf(rs.getString("status")),
                Visibility.valueOf(rs.getString("visibility")), rs.getInt("vote_count"), rs.getInt("weighted_votes"),
                rs.getInt("comment_count"), IdeaStore.nullableLong(rs, "touchpoint_id"), IdeaStore.instant(rs, "created_at"),
                IdeaStore.nullableInstant(rs, "last_answer_at"), rs.getLong("author_id"), rs.getBoolean("voted"));
    }

    /** The most used tags, for the board's filter. */
    public List<String> popularTags(int limit) {
        return jdbc.queryForList("SELECT tag FROM idea_tag GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT :limit",
                new MapSqlParameterSource("limit", limit), String.class);
    }

    /** Ideas whose titles share words with the text, most voted first. */
    public List<Row> similar(Collection<String> terms, long me, boolean staff, int limit) {
        if (terms.isEmpty()) {
            return List.of();
        }
        // with three words or more, one shared word is too weak a sign of the same subject
        var params = new MapSqlParameterSource("me", me).addValue("terms", List.copyOf(terms)).addValue("limit", limit)
                .addValue("least", terms.size() >= 3 ? 2 : 1);
        var visible = staff ? "i.status <> 'MERGED'" : "i.listed = TRUE";
        return jdbc.query("""
                SELECT i.id, i.title, SUBSTRING(i.description, 1, 400) AS description_start, i.category_id, i.status,
                       i.visibility, i.vote_count, i.weighted_votes, i.comment_count, i.touchpoint_id, i.created_at,
                       i.last_answer_at, i.author_id,
                       CASE WHEN EXISTS (SELECT 1 FROM idea_vote v WHERE v.idea_id = i.id AND v.person_id = :me)
                            THEN TRUE ELSE FALSE END AS voted
                FROM idea i JOIN (SELECT idea_id, COUNT(*) AS hits FROM idea_term WHERE term IN (:terms)
                                  GROUP BY idea_id HAVING COUNT(*) >= :least
                                  ORDER BY COUNT(*) DESC LIMIT 200) m ON m.idea_id = i.id
                WHERE\s""" + visible + " ORDER BY m.hits DESC, i.vote_count DESC, i.id DESC LIMIT :limit",
                params, BoardStore::row);
    }

    public static List<Long> ids(List<Row> rows) {
        var result = new ArrayList<Long>(rows.size());
        rows.forEach(r -> result.add(r.id()));
        return result;
    }
}
