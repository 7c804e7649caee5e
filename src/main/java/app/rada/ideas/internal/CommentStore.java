package app.rada.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the discussion under an idea: comments one level deep, reports to staff. State changes
 * are single conditional updates, so two clicks (or two people) never count a change twice.
 */
@Repository
public class CommentStore {

    private final NamedParameterJdbcTemplate jdbc;

    CommentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, long ideaId, @Nullable Long parentId, long authorId, String body, Instant createdAt,
                         @Nullable Instant editedAt, boolean deleted, @Nullable Long hiddenBy,
                         @Nullable String hiddenReason) {

        /** Whether it still counts on the idea: neither deleted by its author nor hidden by staff. */
        public boolean shown() {
            return !deleted && hiddenBy == null;
        }
    }

    private static final String COLUMNS =
            "id, idea_id, parent_id, author_id, body, created_at, edited_at, deleted, hidden_by, hidden_reason";

    public long add(long ideaId, @Nullable Long parentId, long authorId, String body, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO idea_comment (idea_id, parent_id, author_id, body, created_at)
                VALUES (:idea, :parent, :author, :body, :at)""",
                new MapSqlParameterSource("idea", ideaId).addValue("parent", parentId).addValue("author", authorId)
                        .addValue("body", body).addValue("at", IdeaStore.ts(at)), keys, new String[] {"id"});
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("no id for the new comment");
        }
        return key.longValue();
    }

    public Optional<Stored> find(long commentId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM idea_comment WHERE id = :id",
                new MapSqlParameterSource("id", commentId), CommentStore::stored).stream().findFirst();
    }

    /** One page of top-level comments, oldest first. */
    public List<Stored> topLevel(long ideaId, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM idea_comment WHERE idea_id = :idea AND parent_id IS NULL
                ORDER BY created_at, id LIMIT :limit OFFSET :offset""",
                new MapSqlParameterSource("idea", ideaId).addValue("limit", limit).addValue("offset", offset),
                CommentStore::stored);
    }

    public long countTopLevel(long ideaId) {
        var count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM idea_comment WHERE idea_id = :idea AND parent_id IS NULL",
                new MapSqlParameterSource("idea", ideaId), Long.class);
        return count == null ? 0 : count;
    }

    /** The replies to the given top-level comments, oldest first. */
    public List<Stored> replies(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM idea_comment WHERE parent_id IN (:parents) ORDER BY created_at, id",
                new MapSqlParameterSource("parents", parentIds), CommentStore::stored);
    }

    public long countByAuthorSince(long authorId, Instant since) {
        var count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM idea_comment WHERE author_id = :author AND created_at >= :since",
                new MapSqlParameterSource("author", authorId).addValue("since", IdeaStore.ts(since)), Long.class);
        return count == null ? 0 : count;
    }

    /** Changes the text of a shown comment; false when it was deleted or hidden meanwhile. */
    public boolean edit(long commentId, String body, Instant at) {
        return jdbc.update("""
                UPDATE idea_comment SET body = :body, edited_at = :at, version = version + 1
                WHERE id = :id AND deleted = FALSE AND hidden_by IS NULL""",
                new MapSqlParameterSource("id", commentId).addValue("body", body).addValue("at", IdeaStore.ts(at))) == 1;
    }

    /** Marks a shown comment deleted; false when it no longer was shown. */
    public boolean delete(long commentId) {
        return jdbc.update("""
                UPDATE idea_comment SET deleted = TRUE, version = version + 1
                WHERE id = :id AND deleted = FALSE AND hidden_by IS NULL""",
                new MapSqlParameterSource("id", commentId)) == 1;
    }

    /** Hides a shown comment; false when it no longer was shown. */
    public boolean hide(long commentId, long staffId, String reason) {
        return jdbc.update("""
                UPDATE idea_comment SET hidden_by = :staff, hidden_reason = :reason, version = version + 1
                WHERE id = :id AND deleted = FALSE AND hidden_by IS NULL""",
                new MapSqlParameterSource("id", commentId).addValue("staff", staffId).addValue("reason", reason)) == 1;
    }

    /** Shows a hidden comment again; false when it was not hidden (or its author deleted it). */
    public boolean unhide(long commentId) {
        return jdbc.update("""
                UPDATE idea_comment SET hidden_by = NULL, hidden_reason = NULL, version = version + 1
                WHERE id = :id AND deleted = FALSE AND hidden_by IS NOT NULL""",
                new MapSqlParameterSource("id", commentId)) == 1;
    }

    // --- reports

    public boolean hasOpenReport(long ideaId, @Nullable Long commentId, long reporterId) {
        var params = new MapSqlParameterSource("idea", ideaId).addValue("comment", commentId)
                .addValue("reporter", reporterId);
        var target = commentId == null ? "comment_id IS NULL" : "comment_id = :comment";
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM idea_report WHERE idea_id = :idea AND " + target
                + " AND reporter_id = :reporter AND resolved_at IS NULL", params, Long.class);
        return count != null && count > 0;
    }

    public void report(long ideaId, @Nullable Long commentId, long reporterId, String reason, Instant at) {
        jdbc.update("""
                INSERT INTO idea_report (idea_id, comment_id, reporter_id, reason, created_at)
                VALUES (:idea, :comment, :reporter, :reason, :at)""",
                new MapSqlParameterSource("idea", ideaId).addValue("comment", commentId)
                        .addValue("reporter", reporterId).addValue("reason", reason).addValue("at", IdeaStore.ts(at)));
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("idea_id"), IdeaStore.nullableLong(rs, "parent_id"),
                rs.getLong("author_id"), rs.getString("body"), IdeaStore.instant(rs, "created_at"),
                IdeaStore.nullableInstant(rs, "edited_at"), rs.getBoolean("deleted"),
                IdeaStore.nullableLong(rs, "hidden_by"), rs.getString("hidden_reason"));
    }
}
