package app.rada.ideas.internal;

import static app.rada.ideas.internal.IdeaStore.instant;
import static app.rada.ideas.internal.IdeaStore.nullableInstant;
import static app.rada.ideas.internal.IdeaStore.nullableLong;
import static app.rada.ideas.internal.IdeaStore.ts;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Moderation;
import app.rada.ideas.TriageFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staff side's SQL: the triage queue as page queries, staff notes, reports, status periods and
 * the votes a merge carries over. Written in SQL that H2 and PostgreSQL both run.
 */
@Repository
public class TriageStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final IdeaSearch search;

    TriageStore(NamedParameterJdbcTemplate jdbc, IdeaSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** A queue row before names are resolved. */
    public record QueueRow(long id, String title, IdeaStatus status, Moderation moderation, @Nullable Long categoryId,
                           long authorId, int voteCount, int weightedVotes, int commentCount, Instant createdAt,
                           Instant statusChangedAt, @Nullable Instant firstAnswerAt, @Nullable Long ownerId,
                           @Nullable String department, int openReports) {
    }

    /** One page of the queue, oldest first. */
    public List<QueueRow> queue(TriageFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        var sql = new StringBuilder("""
                SELECT i.id, i.title, i.status, i.moderation, i.category_id, i.author_id, i.vote_count,
                       i.weighted_votes, i.comment_count, i.created_at, i.status_changed_at, i.first_answer_at,
                       i.owner_id, i.department,
                       (SELECT COUNT(*) FROM idea_report r WHERE r.idea_id = i.id AND r.resolved_at IS NULL)
                           AS open_reports
                FROM idea i WHERE 1 = 1""");
        where(sql, params, filter);
        sql.append(" ORDER BY i.created_at, i.id LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, TriageStore::row);
    }

    /**
     * How many ideas the filter finds, counting no further than {@code most}: the database stops at that
     * many, so a common word among tens of thousands of new ideas costs no more than a page of them.
     */
    public long countUpTo(TriageFilter filter, int most) {
        var params = new MapSqlParameterSource("most", most);
        var sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 AS one FROM idea i WHERE 1 = 1");
        where(sql, params, filter);
        sql.append(" LIMIT :most) c");
        var count = jdbc.queryForObject(sql.toString(), params, Long.class);
        return count == null ? 0 : count;
    }

    private void where(StringBuilder sql, MapSqlParameterSource params, TriageFilter filter) {
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND i.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.categoryId() != null) {
            sql.append(" AND i.category_id = :category");
            params.addValue("category", filter.categoryId());
        }
        if (filter.ownerId() != null) {
            sql.append(" AND i.owner_id = :owner");
            params.addValue("owner", filter.ownerId());
        }
        if (filter.department() != null) {
            sql.append(" AND LOWER(i.department) = :department");
            params.addValue("department", filter.department().toLowerCase(Locale.ROOT));
        }
        if (filter.awaitingApproval()) {
            sql.append(" AND i.moderation = 'PENDING'");
        }
        if (filter.reported()) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_report rp WHERE rp.idea_id = i.id AND rp.resolved_at IS NULL)");
        }
        if (filter.text() != null) {
            // the same search as the board's
            IdeaSearch.where(sql, params, search.patterns(filter.text(), true));
        }
    }

    private static QueueRow row(ResultSet rs, int n) throws SQLException {
        return new QueueRow(rs.getLong("id"), rs.getString("title"), IdeaStatus.valueOf(rs.getString("status")),
                Moderation.valueOf(rs.getString("moderation")), nullableLong(rs, "category_id"),
                rs.getLong("author_id"), rs.getInt("vote_count"), rs.getInt("weighted_votes"),
                rs.getInt("comment_count"), instant(rs, "created_at"), instant(rs, "status_changed_at"),
                nullableInstant(rs, "first_answer_at"), nullableLong(rs, "owner_id"), rs.getString("department"),
                rs.getInt("open_reports"));
    }

    /** Departments in use, for the filter. */
    public List<String> departments() {
        // the admins' list in their order, then names given on ideas before the list had them
        var kept = jdbc.queryForList("SELECT name FROM idea_department WHERE retired = FALSE ORDER BY sort_order, id",
                new MapSqlParameterSource(), String.class);
        var given = jdbc.queryForList("SELECT DISTINCT department FROM idea WHERE department IS NOT NULL "
                        + "AND department NOT IN (SELECT name FROM idea_department) ORDER BY department",
                new MapSqlParameterSource(), String.class);
        var all = new java.util.ArrayList<String>(kept);
        all.addAll(given);
        return all;
    }

    // --- staff notes

    public record StoredNote(long id, long staffId, String text, Instant at) {
    }

    public void addNote(long ideaId, long staffId, String text, Instant at) {
        jdbc.update("INSERT INTO idea_note (idea_id, staff_id, body, created_at) VALUES (:idea, :staff, :body, :at)",
                new MapSqlParameterSource("idea", ideaId).addValue("staff", staffId).addValue("body", text)
                        .addValue("at", ts(at)));
    }

    public List<StoredNote> notes(long ideaId) {
        return jdbc.query("SELECT id, staff_id, body, created_at FROM idea_note WHERE idea_id = :idea "
                        + "ORDER BY created_at, id", new MapSqlParameterSource("idea", ideaId),
                (rs, n) -> new StoredNote(rs.getLong("id"), rs.getLong("staff_id"), rs.getString("body"),
                        instant(rs, "created_at")));
    }

    // --- reports

    public record StoredReport(long id, long ideaId, String ideaTitle, @Nullable Long commentId, long reporterId,
                               String reason, Instant at) {
    }

    /** Open reports, oldest first. */
    public List<StoredReport> openReports(int offset, int limit) {
        return jdbc.query("""
                SELECT r.id, r.idea_id, i.title, r.comment_id, r.reporter_id, r.reason, r.created_at
                FROM idea_report r JOIN idea i ON i.id = r.idea_id
                WHERE r.resolved_at IS NULL ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset""",
                new MapSqlParameterSource("limit", limit).addValue("offset", offset),
                (rs, n) -> new StoredReport(rs.getLong("id"), rs.getLong("idea_id"), rs.getString("title"),
                        nullableLong(rs, "comment_id"), rs.getLong("reporter_id"), rs.getString("reason"),
                        instant(rs, "created_at")));
    }

    public long countOpenReports() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM idea_report WHERE resolved_at IS NULL",
                new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    public boolean reportExists(long reportId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM idea_report WHERE id = :id",
                new MapSqlParameterSource("id", reportId), Long.class);
        return count != null && count > 0;
    }

    /** Marks an open report resolved; false when it was already resolved (or does not exist). */
    public boolean resolveReport(long reportId, Instant at) {
        return jdbc.update("UPDATE idea_report SET resolved_at = :at WHERE id = :id AND resolved_at IS NULL",
                new MapSqlParameterSource("id", reportId).addValue("at", ts(at))) == 1;
    }

    // --- status periods

    public record Period(long ideaId, IdeaStatus status, Instant startedAt, @Nullable Instant endedAt) {
    }

    /** The status periods of the ideas, each idea's in order. */
    public List<Period> periods(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT idea_id, status, started_at, ended_at FROM idea_status_period
                WHERE idea_id IN (:ids) ORDER BY idea_id, started_at, id""",
                new MapSqlParameterSource("ids", List.copyOf(ideaIds)),
                (rs, n) -> new Period(rs.getLong("idea_id"), IdeaStatus.valueOf(rs.getString("status")),
                        instant(rs, "started_at"), nullableInstant(rs, "ended_at")));
    }

    // --- merging

    public record Vote(long personId, int weight, Instant at) {
    }

    public List<Vote> votes(long ideaId) {
        return jdbc.query("SELECT person_id, weight, created_at FROM idea_vote WHERE idea_id = :idea ORDER BY created_at",
                new MapSqlParameterSource("idea", ideaId),
                (rs, n) -> new Vote(rs.getLong("person_id"), rs.getInt("weight"), instant(rs, "created_at")));
    }
}
