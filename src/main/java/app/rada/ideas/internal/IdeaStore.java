package app.rada.ideas.internal;

import app.rada.ideas.AnswerEntry;
import app.rada.ideas.IdeaImage;
import app.rada.ideas.IdeaStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ideas module's SQL for one idea at a time: atomic counter updates, votes, follows, tags, search
 * terms, images and the public timeline. The board's page queries are in {@link BoardStore}. Written in
 * SQL that H2 and PostgreSQL both run.
 */
@Repository
public class IdeaStore {

    private final NamedParameterJdbcTemplate jdbc;

    IdeaStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
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
        var keys = new GeneratedKeyHolder();
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

    /** For {@link AnswerEntry}s: kept here so the SQL types stay in one place. */
    public static AnswerEntry entry(StoredAnswer a, Optional<String> staffName, @Nullable String html) {
        return new AnswerEntry(a.id(), a.from(), a.to(), html, a.staffId(), staffName, a.at());
    }
}
