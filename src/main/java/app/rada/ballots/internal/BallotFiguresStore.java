package app.rada.ballots.internal;

import app.rada.ballots.BallotParticipation;
import app.rada.ballots.BallotTurnout;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Aggregate queries over ballots and their voters, for overviews. */
@Repository
public class BallotFiguresStore {

    private final NamedParameterJdbcTemplate jdbc;

    BallotFiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<BallotTurnout> turnout(Instant from, Instant to, int limit) {
        return jdbc.query("""
                SELECT b.id, b.title, b.closed_at,
                       (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id) AS eligible,
                       (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id AND v.has_voted = TRUE) AS voted
                FROM ballot b
                WHERE b.status = 'CLOSED' AND b.closed_at >= :from AND b.closed_at < :to
                ORDER BY b.closed_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to))
                        .addValue("limit", limit),
                (rs, n) -> new BallotTurnout(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getInt(5)));
    }

    public long votesBy(Collection<Long> personIds, Instant from, Instant to) {
        var count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM ballot_voter
                WHERE person_id IN (:people) AND has_voted = TRUE AND voted_at >= :from AND voted_at < :to""",
                new MapSqlParameterSource("people", personIds).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)), Long.class);
        return count == null ? 0 : count;
    }

    public BallotParticipation participation(long personId, Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN v.has_voted = TRUE THEN 1 ELSE 0 END), 0)
                FROM ballot_voter v JOIN ballot b ON b.id = v.ballot_id
                WHERE v.person_id = :person AND b.opened_at >= :from AND b.opened_at < :to""",
                new MapSqlParameterSource("person", personId).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)),
                (rs, n) -> new BallotParticipation(rs.getInt(1), rs.getInt(2)));
    }
}
