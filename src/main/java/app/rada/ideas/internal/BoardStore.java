package app.rada.ideas.internal;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import app.rada.shared.search.QueryWord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.StringJoiner;
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
    private final IdeaSearch search;
    private final CommonTerms commonTerms;

    BoardStore(NamedParameterJdbcTemplate jdbc, IdeaSearch search, CommonTerms commonTerms) {
        this.jdbc = jdbc;
        this.search = search;
        this.commonTerms = commonTerms;
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
        if (filter.text() != null) {
            return IdeaSearch.where(sql, params, search.patterns(filter.text(), true));
        }
        return false;
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

    /**
     * Ideas sharing words with a title (in any of their forms), those sharing the most first, then the
     * most voted. With three words or more, one shared word is too weak a sign of the same subject. Words
     * that a large part of the programme uses say nothing about the subject and are left out
     * ({@link CommonTerms}); a title of such words only has no similar ideas.
     */
    public List<Row> similar(List<QueryWord> typed, long me, boolean staff, int limit) {
        var words = commonTerms.telling(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("me", me).addValue("limit", limit)
                .addValue("least", words.size() >= 3 ? 2 : 1);
        // an idea counts each word once, however many of the word's forms it has
        var hits = new StringJoiner(" + ", "(", ")");
        var all = new LinkedHashSet<String>();
        for (int n = 0; n < words.size(); n++) {
            hits.add("MAX(CASE WHEN term IN (:w" + n + ") THEN 1 ELSE 0 END)");
            params.addValue("w" + n, List.copyOf(words.get(n).terms()));
            all.addAll(words.get(n).terms());
        }
        params.addValue("terms", List.copyOf(all));
        var visible = staff ? "i.status <> 'MERGED'" : "i.listed = TRUE";
        return jdbc.query("""
                SELECT i.id, i.title, SUBSTRING(i.description, 1, 400) AS description_start, i.category_id, i.status,
                       i.visibility, i.vote_count, i.weighted_votes, i.comment_count, i.touchpoint_id, i.created_at,
                       i.last_answer_at, i.author_id,
                       CASE WHEN EXISTS (SELECT 1 FROM idea_vote v WHERE v.idea_id = i.id AND v.person_id = :me)
                            THEN TRUE ELSE FALSE END AS voted
                FROM idea i JOIN (SELECT idea_id, %1$s AS hits FROM idea_term WHERE term IN (:terms)
                                  GROUP BY idea_id HAVING %1$s >= :least
                                  ORDER BY hits DESC LIMIT 200) m ON m.idea_id = i.id
                WHERE\s""".formatted(hits) + visible + " ORDER BY m.hits DESC, i.vote_count DESC, i.id DESC LIMIT :limit",
                params, BoardStore::row);
    }

    public static List<Long> ids(List<Row> rows) {
        var result = new ArrayList<Long>(rows.size());
        rows.forEach(r -> result.add(r.id()));
        return result;
    }
}
