package app.rada.dashboard;

import app.rada.dashboard.internal.ActivityStore;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes small, hand-countable data sets into a month long past, where nothing else in the test database
 * lives, exactly as the modules would have left them.
 */
final class DashboardTesting {

    private final JdbcTemplate jdbc;
    private final ActivityStore activity;

    DashboardTesting(JdbcTemplate jdbc, ActivityStore activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    long idea(long authorId, String status, String created, @Nullable Duration toFirstAnswer,
              @Nullable Duration toDone) {
        var createdAt = Instant.parse(created);
        var answered = toFirstAnswer == null ? null : Timestamp.from(createdAt.plus(toFirstAnswer));
        var done = toDone == null ? null : Timestamp.from(createdAt.plus(toDone));
        jdbc.update("""
                insert into idea (title, description, author_id, visibility, moderation, status, listed, created_at,
                                  status_changed_at, first_answer_at, last_answer_at, done_at, answer_seconds, done_seconds)
                values (?, 'Counted by hand', ?, 'MEMBERS', 'APPROVED', ?, true, ?, ?, ?, ?, ?, ?, ?)""",
                "Idea of " + created + " " + System.nanoTime(), authorId, status, Timestamp.from(createdAt),
                Timestamp.from(createdAt), answered, answered, done,
                toFirstAnswer == null ? null : toFirstAnswer.toSeconds(), toDone == null ? null : toDone.toSeconds());
        return jdbc.queryForObject("select max(id) from idea where author_id = ?", Long.class, authorId);
    }

    void pulse(long ideaId, long personId, String answer, String at) {
        jdbc.update("insert into idea_pulse (idea_id, person_id, answer, answered_at) values (?, ?, ?, ?)", ideaId,
                personId, answer, at(at));
    }

    void vote(long ideaId, long personId, String at) {
        jdbc.update("insert into idea_vote (idea_id, person_id, weight, created_at) values (?, ?, 1, ?)", ideaId,
                personId, at(at));
    }

    void comment(long ideaId, long personId, String at) {
        jdbc.update("insert into idea_comment (idea_id, author_id, body, created_at) values (?, ?, 'Counted', ?)",
                ideaId, personId, at(at));
    }

    long closedBallot(String title, String closed, int eligible, int voted, long firstVoterId) {
        var closedAt = Instant.parse(closed);
        var opened = Timestamp.from(closedAt.minus(Duration.ofDays(5)));
        jdbc.update("""
                insert into ballot (title, question, explanation, type, opens_at, closes_at, quorum_percent,
                                    pass_percent, secret, results_visibility, status, created_by, created_at,
                                    opened_at, closed_at, outcome)
                values (?, 'Agree?', '', 'APPROVE_REJECT', ?, ?, 0, 50, false, 'AFTER_CLOSE', 'CLOSED', 1, ?, ?, ?,
                        'PASSED')""", title, opened, Timestamp.from(closedAt), opened, opened,
                Timestamp.from(closedAt));
        long id = jdbc.queryForObject("select max(id) from ballot where title = ?", Long.class, title);
        var votedAt = Timestamp.from(closedAt.minus(Duration.ofDays(1)));
        for (int i = 0; i < eligible; i++) {
            jdbc.update("insert into ballot_voter (ballot_id, person_id, has_voted, voted_at) values (?, ?, ?, ?)", id,
                    firstVoterId + i, i < voted, i < voted ? votedAt : null);
        }
        return id;
    }

    void annotation(long mapId, long touchpointId, long authorId, @Nullable Long organisationId, int valence,
                    int intensity, String at) {
        jdbc.update("""
                insert into journey_annotation (map_id, touchpoint_id, author_id, organisation_id, kind, emotion, valence,
                                                intensity, importance, text, show_name, created_at)
                values (?, ?, ?, ?, 'PAIN_POINT', ?, ?, ?, 4, 'Counted by hand', true, ?)""", mapId, touchpointId,
                authorId, organisationId, valence > 0 ? "DELIGHTED" : "FRUSTRATED", valence, intensity, at(at));
    }

    void entry(long personId, String kind, int lifetime, int spendable, String at) {
        jdbc.update("""
                insert into reward_entry (person_id, kind, source_id, lifetime_points, spendable_points, created_at)
                values (?, ?, ?, ?, ?, ?)""", personId, kind, kind.equals("MANUAL") ? null : System.nanoTime(),
                lifetime, spendable, at(at));
    }

    void active(String month, long personId, @Nullable Long organisationId, @Nullable Long segmentId) {
        activity.add(LocalDate.parse(month), personId, organisationId, segmentId);
    }
}
