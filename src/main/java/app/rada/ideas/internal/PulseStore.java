package app.rada.ideas.internal;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.PulseAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Answers to "Did this solve it?" and the roadmap's page queries. */
@Repository
public class PulseStore {

    private final NamedParameterJdbcTemplate jdbc;

    PulseStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredPulse(long personId, PulseAnswer answer, @Nullable String remark, Instant at) {
    }

    /** Saves the person's answer, replacing an earlier one. */
    public void answer(long ideaId, long personId, PulseAnswer answer, @Nullable String remark, Instant at) {
        var params = new MapSqlParameterSource("idea", ideaId).addValue("person", personId)
                .addValue("answer", answer.name()).addValue("remark", remark).addValue("at", IdeaStore.ts(at));
        String update = """
                UPDATE idea_pulse SET answer = :answer, remark = :remark, answered_at = :at
                WHERE idea_id = :idea AND person_id = :person""";
        if (jdbc.update(update, params) == 0) {
            int inserted = jdbc.update("""
                    INSERT INTO idea_pulse (idea_id, person_id, answer, remark, answered_at)
                    VALUES (:idea, :person, :answer, :remark, :at) ON CONFLICT DO NOTHING""", params);
            if (inserted == 0) {
                // a second click got there first
                jdbc.update(update, params);
            }
        }
    }

    public Optional<StoredPulse> of(long ideaId, long personId) {
        return all(ideaId, "AND person_id = :person", personId).stream().findFirst();
    }

    public List<StoredPulse> all(long ideaId) {
        return all(ideaId, "", 0);
    }

    private List<StoredPulse> all(long ideaId, String and, long personId) {
        return jdbc.query("SELECT person_id, answer, remark, answered_at FROM idea_pulse WHERE idea_id = :idea " + and
                        + " ORDER BY answered_at DESC, person_id",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId),
                (rs, n) -> new StoredPulse(rs.getLong("person_id"), PulseAnswer.valueOf(rs.getString("answer")),
                        rs.getString("remark"), IdeaStore.instant(rs, "answered_at")));
    }

    public record RemarkRow(long ideaId, String ideaTitle, PulseAnswer answer, String remark, Instant at) {
    }

    /** One page of the pulse answers that carry a remark, newest first, with their idea's title. */
    public List<RemarkRow> remarks(int offset, int limit) {
        return jdbc.query("SELECT p.idea_id, i.title, p.answer, p.remark, p.answered_at FROM idea_pulse p "
                        + "JOIN idea i ON i.id = p.idea_id WHERE p.remark IS NOT NULL AND p.remark <> '' "
                        + "ORDER BY p.answered_at DESC, p.idea_id, p.person_id LIMIT :limit OFFSET :offset",
                new MapSqlParameterSource("offset", offset).addValue("limit", limit),
                (rs, n) -> new RemarkRow(rs.getLong(1), rs.getString(2), PulseAnswer.valueOf(rs.getString(3)),
                        rs.getString(4), IdeaStore.instant(rs, "answered_at")));
    }

    public boolean voted(long ideaId, long personId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM idea_vote WHERE idea_id = :idea AND person_id = :person",
                new MapSqlParameterSource("idea", ideaId).addValue("person", personId), Long.class);
        return count != null && count > 0;
    }

    // --- roadmap

    public record RoadmapRow(long id, String title, IdeaStatus status, @Nullable Long categoryId, int voteCount,
                             int commentCount, Instant statusChangedAt, @Nullable Instant doneAt) {
    }

    private static final String ROADMAP_WHERE = """
            \sFROM idea WHERE listed = TRUE AND status = :status
              AND (:status <> 'DONE' OR done_at >= :doneSince)""";

    /** Listed ideas in one roadmap status; done ones only when done since the given time. */
    public List<RoadmapRow> roadmap(IdeaStatus status, Instant doneSince, int offset, int limit) {
        var order = status == IdeaStatus.DONE ? "done_at DESC, id DESC" : "vote_count DESC, status_changed_at DESC, id DESC";
        return jdbc.query("SELECT id, title, status, category_id, vote_count, comment_count, status_changed_at, done_at"
                        + ROADMAP_WHERE + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
                roadmapParams(status, doneSince).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> new RoadmapRow(rs.getLong("id"), rs.getString("title"), IdeaStatus.valueOf(rs.getString("status")),
                        IdeaStore.nullableLong(rs, "category_id"), rs.getInt("vote_count"), rs.getInt("comment_count"),
                        IdeaStore.instant(rs, "status_changed_at"), IdeaStore.nullableInstant(rs, "done_at")));
    }

    public long countRoadmap(IdeaStatus status, Instant doneSince) {
        var count = jdbc.queryForObject("SELECT COUNT(*)" + ROADMAP_WHERE, roadmapParams(status, doneSince), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource roadmapParams(IdeaStatus status, Instant doneSince) {
        return new MapSqlParameterSource("status", status.name()).addValue("doneSince", IdeaStore.ts(doneSince));
    }
}
