package app.rada.ideas.internal;

import static app.rada.ideas.internal.IdeaStore.instant;
import static app.rada.ideas.internal.IdeaStore.ts;

import app.rada.ideas.IdeaNews;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.WaitingIdea;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The start page's questions to the ideas: what happened to a member's ideas and the ones they follow,
 * which done ideas still wait for their "did this solve it?", and which ideas wait for a first answer.
 * Each is a page query on an index.
 */
@Repository
public class AgendaStore {

    /** An idea a member who is not staff may read: their own, or approved for every member. */
    private static final String READABLE = "(i.author_id = :me OR (i.visibility = 'MEMBERS' AND i.moderation = "
            + "'APPROVED'))";

    private final NamedParameterJdbcTemplate jdbc;

    AgendaStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers and status changes since the moment, newest first, on ideas the person wrote or follows. */
    public List<IdeaNews> news(long me, boolean staff, Instant since, int limit) {
        var sql = """
                SELECT a.idea_id, i.title, a.to_status, a.from_status, a.body, a.created_at, i.author_id
                FROM idea_answer a JOIN idea i ON i.id = a.idea_id
                WHERE a.idea_id IN (SELECT id FROM idea WHERE author_id = :me
                                    UNION SELECT idea_id FROM idea_follower WHERE person_id = :me)
                  AND a.created_at > :since AND a.staff_id <> :me AND i.merged_into_id IS NULL
                """ + (staff ? "" : " AND " + READABLE) + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit";
        return jdbc.query(sql, new MapSqlParameterSource("me", me).addValue("since", ts(since)).addValue("limit", limit),
                (rs, n) -> new IdeaNews(rs.getLong("idea_id"), rs.getString("title"),
                        IdeaStatus.valueOf(rs.getString("to_status")),
                        rs.getString("from_status") != null && !rs.getString("from_status").equals(rs.getString("to_status")),
                        rs.getString("body") != null && !rs.getString("body").isBlank(),
                        rs.getLong("author_id") == me, instant(rs, "created_at")));
    }

    /** Done ideas the person wrote or voted for and has not yet said whether they solved it; newest first. */
    public List<WaitingIdea> pulseWaiting(long me, boolean staff, int limit) {
        var sql = """
                SELECT i.id, i.title, COALESCE(i.done_at, i.status_changed_at) AS since FROM idea i
                WHERE i.status = 'DONE'
                  AND (i.author_id = :me OR EXISTS (SELECT 1 FROM idea_vote v WHERE v.idea_id = i.id AND v.person_id = :me))
                  AND NOT EXISTS (SELECT 1 FROM idea_pulse p WHERE p.idea_id = i.id AND p.person_id = :me)
                """ + (staff ? "" : " AND " + READABLE) + " ORDER BY since DESC, i.id DESC LIMIT :limit";
        return jdbc.query(sql, new MapSqlParameterSource("me", me).addValue("limit", limit),
                (rs, n) -> new WaitingIdea(rs.getLong("id"), rs.getString("title"), instant(rs, "since")));
    }

    /** New ideas nobody has answered yet, oldest first. */
    public List<WaitingIdea> awaitingFirstAnswer(int limit) {
        return jdbc.query("""
                SELECT i.id, i.title, i.created_at FROM idea i
                WHERE i.status = 'NEW' AND i.first_answer_at IS NULL AND i.moderation <> 'REJECTED'
                ORDER BY i.created_at, i.id LIMIT :limit""", new MapSqlParameterSource("limit", limit),
                (rs, n) -> new WaitingIdea(rs.getLong("id"), rs.getString("title"), instant(rs, "created_at")));
    }

    /**
     * How many new ideas wait for a first answer, and how many of them since before the moment, each
     * count stopping at the cap: a page of the status index, never every waiting idea.
     */
    public long[] awaitingCounts(Instant overdueBefore, int cap) {
        var waiting = "SELECT 1 AS one FROM idea i WHERE i.status = 'NEW' AND i.first_answer_at IS NULL"
                + " AND i.moderation <> 'REJECTED'";
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM (" + waiting + " LIMIT :cap) w) AS waiting,"
                        + " (SELECT COUNT(*) FROM (" + waiting + " AND i.created_at < :before LIMIT :cap) o) AS overdue",
                new MapSqlParameterSource("before", ts(overdueBefore)).addValue("cap", cap),
                (rs, n) -> new long[] {rs.getLong("waiting"), rs.getLong("overdue")});
    }

    /** Reports of ideas and comments that staff have not dealt with yet. */
    public long openReports() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM idea_report WHERE resolved_at IS NULL",
                new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }
}
