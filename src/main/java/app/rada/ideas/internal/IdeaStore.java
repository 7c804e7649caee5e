package app.rada.ideas.internal;

import app.rada.ideas.AnswerEntry;
import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaImage;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ideas module's SQL: page queries for the board, atomic counter updates, votes, follows, tags,
 * search terms, images and the public timeline. Written in SQL that H2 and PostgreSQL both run.
 */
@Repository
public class IdeaStore {

    private final NamedParameterJdbcTemplate jdbc;

    IdeaStore(NamedParameterJdbcTemplate jdbc) {
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
        return jdbc.query(sql.toString(), params, IdeaStore::row);
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
        patterns.sort(java.util.Comparator.comparingInt(SearchPattern::ideas));
        return patterns;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("description_start"),
                nullableLong(rs, "category_id"), IdeaStatus.valueOf(rs.getString("status")),
                Visibility.valueOf(rs.getString("visibility")), rs.getInt("vote_count"), rs.getInt("weighted_votes"),
                rs.getInt("comment_count"), nullableLong(rs, "touchpoint_id"), instant(rs, "created_at"),
                nullableInstant(rs, "last_answer_at"), rs.getLong("author_id"), rs.getBoolean("voted"));
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    // --- search terms and tags

    public void replaceTerms(long ideaId, Collection<String> terms) {
        jdbc.update("DELETE FROM idea_term WHERE idea_id = :id", new MapSqlParameterSource("id", ideaId));
        var batch = terms.stream().map(t -> new MapSqlParameterSource("id", ideaId).addValue("term", t))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO idea_term (term, idea_id) VALUES (:term, :id)", batch);
    }

    public void replaceTags(long ideaId, Collection<String> tags) {
        jdbc.update("DELETE FROM idea_tag WHERE idea_id = :id", new MapSqlParameterSource("id", ideaId));
        var batch = tags.stream().map(t -> new MapSqlParameterSource("id", ideaId).addValue("tag", t))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO idea_tag (idea_id, tag) VALUES (:id, :tag)", batch);
    }

    public List<String> tags(long ideaId) {
        return jdbc.queryForList("SELECT tag FROM idea_tag WHERE idea_id = :id ORDER BY tag",
                new MapSqlParameterSource("id", ideaId), String.class);
    }

    /** The most used tags, for the board's filter. */
    public List<String> popularTags(int limit) {
        return jdbc.queryForList("SELECT tag FROM idea_tag GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT :limit",
                new MapSqlParameterSource("limit", limit), String.class);
    }

    // --- votes

    public record StoredVote(int weight, Instant at) {
    }

    public Optional<StoredVote> vote(long ideaId, long personId) {
        return jdbc.query("SELECT weight, created_at FROM idea_vote WHERE idea_id = :idea AND person_id = :person",
                        new MapSqlParameterSource("idea", ideaId).addValue("person", personId),
                        (rs, n) -> new StoredVote(rs.getInt("weight"), instant(rs, "created_at")))
                .stream().findFirst();
    }

    /** Adds the vote; false when the person had already voted (a second tab, a double click). */
    public boolean addVote(long ideaId, long personId, int weight, Instant at) {
        int added = jdbc.update("""
                INSERT INTO idea_vote (idea_id, person_id, weight, created_at) VALUES (:idea, :person, :weight, :at)
                ON CONFLICT DO NOTHING""", new MapSqlParameterSource("idea", ideaId).addValue("person", personId)
                .addValue("weight", weight).addValue("at", ts(at)));
        if (added == 1) {
            bumpVotes(ideaId, 1, weight, Trending.unit(at));
        }
        return added == 1;
    }

    /** Takes a vote back; false when there was none. */
    public boolean removeVote(long ideaId, long personId, StoredVote vote) {
        int removed = jdbc.update("DELETE FROM idea_vote WHERE idea_id = :idea AND person_id = :person",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId));
        if (removed == 1) {
            bumpVotes(ideaId, -1, -vote.weight(), -Trending.unit(vote.at()));
        }
        return removed == 1;
    }

    private void bumpVotes(long ideaId, int votes, int weighted, double trending) {
        jdbc.update("""
                UPDATE idea SET vote_count = vote_count + :votes, weighted_votes = weighted_votes + :weighted,
                                trending_score = trending_score + :trending
                WHERE id = :idea""", new MapSqlParameterSource("idea", ideaId).addValue("votes", votes)
                .addValue("weighted", weighted).addValue("trending", trending));
    }

    public record Counts(int votes, int weightedVotes, int comments) {
    }

    public Counts counts(long ideaId) {
        return jdbc.queryForObject("SELECT vote_count, weighted_votes, comment_count FROM idea WHERE id = :idea",
                new MapSqlParameterSource("idea", ideaId),
                (rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }

    public void bumpComments(long ideaId, int delta) {
        jdbc.update("UPDATE idea SET comment_count = comment_count + :delta WHERE id = :idea",
                new MapSqlParameterSource("idea", ideaId).addValue("delta", delta));
    }

    public List<Long> voters(long ideaId) {
        return jdbc.queryForList("SELECT person_id FROM idea_vote WHERE idea_id = :idea",
                new MapSqlParameterSource("idea", ideaId), Long.class);
    }

    public Set<Long> votedAmong(long personId, Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList(
                "SELECT idea_id FROM idea_vote WHERE person_id = :person AND idea_id IN (:ids)",
                new MapSqlParameterSource("person", personId).addValue("ids", ideaIds), Long.class));
    }

    // --- followers

    public boolean follows(long ideaId, long personId) {
        var found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM idea_follower WHERE idea_id = :idea AND person_id = :person",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId), Long.class);
        return found != null && found > 0;
    }

    public void follow(long ideaId, long personId) {
        jdbc.update("INSERT INTO idea_follower (idea_id, person_id) VALUES (:idea, :person) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId));
    }

    public void unfollow(long ideaId, long personId) {
        jdbc.update("DELETE FROM idea_follower WHERE idea_id = :idea AND person_id = :person",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId));
    }

    public List<Long> followers(long ideaId) {
        return jdbc.queryForList("SELECT person_id FROM idea_follower WHERE idea_id = :idea",
                new MapSqlParameterSource("idea", ideaId), Long.class);
    }

    // --- images

    public void addImage(long ideaId, int order, String contentType, String fileName, byte[] content) {
        jdbc.update("""
                INSERT INTO idea_image (idea_id, sort_order, content_type, file_name, size_bytes, content)
                VALUES (:idea, :order, :type, :name, :size, :content)""",
                new MapSqlParameterSource("idea", ideaId).addValue("order", order).addValue("type", contentType)
                        .addValue("name", fileName).addValue("size", content.length).addValue("content", content));
    }

    public List<Long> imageIds(long ideaId) {
        return jdbc.queryForList("SELECT id FROM idea_image WHERE idea_id = :idea ORDER BY sort_order",
                new MapSqlParameterSource("idea", ideaId), Long.class);
    }

    public record StoredImage(long ideaId, IdeaImage image) {
    }

    public Optional<StoredImage> image(long imageId) {
        return jdbc.query("SELECT id, idea_id, content_type, file_name, content FROM idea_image WHERE id = :id",
                new MapSqlParameterSource("id", imageId),
                (rs, n) -> new StoredImage(rs.getLong("idea_id"), new IdeaImage(rs.getLong("id"),
                        rs.getString("content_type"), rs.getString("file_name"), rs.getBytes("content"))))
                .stream().findFirst();
    }

    // --- public timeline

    public long addAnswer(long ideaId, long staffId, @Nullable IdeaStatus from, IdeaStatus to, @Nullable String text,
                          Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO idea_answer (idea_id, staff_id, from_status, to_status, body, created_at)
                VALUES (:idea, :staff, :from, :to, :body, :at)""",
                new MapSqlParameterSource("idea", ideaId).addValue("staff", staffId)
                        .addValue("from", from == null ? null : from.name()).addValue("to", to.name())
                        .addValue("body", text).addValue("at", ts(at)), keys, new String[] {"id"});
        var key = keys.getKey();
        return key == null ? 0 : key.longValue();
    }

    public record StoredAnswer(long id, @Nullable IdeaStatus from, IdeaStatus to, @Nullable String text, long staffId,
                               Instant at) {
    }

    public List<StoredAnswer> answers(long ideaId) {
        return jdbc.query("""
                SELECT id, from_status, to_status, body, staff_id, created_at FROM idea_answer
                WHERE idea_id = :idea ORDER BY created_at, id""", new MapSqlParameterSource("idea", ideaId),
                (rs, n) -> new StoredAnswer(rs.getLong("id"),
                        rs.getString("from_status") == null ? null : IdeaStatus.valueOf(rs.getString("from_status")),
                        IdeaStatus.valueOf(rs.getString("to_status")), rs.getString("body"), rs.getLong("staff_id"),
                        instant(rs, "created_at")));
    }

    /** Closes the open status period and opens one for the new status. */
    public void statusPeriod(long ideaId, IdeaStatus status, Instant at) {
        jdbc.update("UPDATE idea_status_period SET ended_at = :at WHERE idea_id = :idea AND ended_at IS NULL",
                new MapSqlParameterSource("idea", ideaId).addValue("at", ts(at)));
        jdbc.update("INSERT INTO idea_status_period (idea_id, status, started_at) VALUES (:idea, :status, :at)",
                new MapSqlParameterSource("idea", ideaId).addValue("status", status.name()).addValue("at", ts(at)));
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
                params, IdeaStore::row);
    }

    public static List<Long> ids(List<Row> rows) {
        var result = new ArrayList<Long>(rows.size());
        rows.forEach(r -> result.add(r.id()));
        return result;
    }

    /** For {@link AnswerEntry}s: kept here so the SQL types stay in one place. */
    public static AnswerEntry entry(StoredAnswer a, Optional<String> staffName, @Nullable String html) {
        return new AnswerEntry(a.id(), a.from(), a.to(), html, a.staffId(), staffName, a.at());
    }
}
