package app.rada.ballots.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Voters, named votes and comments of ballots, in plain SQL; secret votes are in {@link SecretBallotBox}. */
@Repository
public class BallotStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BallotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    // --- voters

    public void freezeVoters(long ballotId, Collection<Long> personIds) {
        jdbc.batchUpdate("insert into ballot_voter (ballot_id, person_id, has_voted) values (?, ?, false)",
                personIds.stream().map(id -> new Object[] {ballotId, id}).toList());
    }

    /** Whether the person has voted, with their voter row locked; empty when they are not eligible. */
    public Optional<Boolean> lockVoter(long ballotId, long personId) {
        return jdbc.query("select has_voted from ballot_voter where ballot_id = ? and person_id = ? for update",
                (rs, n) -> rs.getBoolean(1), ballotId, personId).stream().findFirst();
    }

    /** Whether the person may vote, and whether they have. */
    public Optional<Boolean> voterState(long ballotId, long personId) {
        return jdbc.query("select has_voted from ballot_voter where ballot_id = ? and person_id = ?",
                (rs, n) -> rs.getBoolean(1), ballotId, personId).stream().findFirst();
    }

    public void markVoted(long ballotId, long personId, Instant at) {
        jdbc.update("update ballot_voter set has_voted = true, voted_at = ? where ballot_id = ? and person_id = ?",
                Timestamp.from(at), ballotId, personId);
    }

    public int eligibleCount(long ballotId) {
        return count("select count(*) from ballot_voter where ballot_id = ?", ballotId);
    }

    public int votedCount(long ballotId) {
        return count("select count(*) from ballot_voter where ballot_id = ? and has_voted = true", ballotId);
    }

    public List<Long> voters(long ballotId) {
        return jdbc.queryForList("select person_id from ballot_voter where ballot_id = ? order by person_id",
                Long.class, ballotId);
    }

    public List<Long> nonVoters(long ballotId) {
        return jdbc.queryForList("select person_id from ballot_voter where ballot_id = ? and has_voted = false "
                + "order by person_id", Long.class, ballotId);
    }

    /** For a page of ballots, whether the person may vote in each and has voted (absent: not eligible). */
    public Map<Long, Boolean> votedIn(long personId, Collection<Long> ballotIds) {
        var result = new HashMap<Long, Boolean>();
        if (ballotIds.isEmpty()) {
            return result;
        }
        named.query("select ballot_id, has_voted from ballot_voter where person_id = :person and ballot_id in (:ids)",
                new MapSqlParameterSource("person", personId).addValue("ids", ballotIds),
                rs -> {
                    result.put(rs.getLong(1), rs.getBoolean(2));
                });
        return result;
    }

    // --- named votes

    public void saveOpenVote(long ballotId, long personId, String choice, Instant now) {
        int changed = jdbc.update("update ballot_vote set choice = ?, changed_at = ? where ballot_id = ? and person_id = ?",
                choice, Timestamp.from(now), ballotId, personId);
        if (changed == 0) {
            jdbc.update("insert into ballot_vote (ballot_id, person_id, choice, cast_at, changed_at) values (?, ?, ?, ?, ?)",
                    ballotId, personId, choice, Timestamp.from(now), Timestamp.from(now));
        }
    }

    public Optional<String> openChoice(long ballotId, long personId) {
        return jdbc.queryForList("select choice from ballot_vote where ballot_id = ? and person_id = ?", String.class,
                ballotId, personId).stream().findFirst();
    }

    /** Person and choice of every vote in a named ballot, by person id. */
    public List<Map.Entry<Long, String>> namedVotes(long ballotId) {
        return jdbc.query("select person_id, choice from ballot_vote where ballot_id = ? order by person_id",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)), ballotId);
    }

    // --- options that stand for linked ideas

    /** Records which option each linked idea stands for; ideas not among the options stand for none. */
    public void linkOptions(long ballotId, Map<Long, Integer> positionByIdea) {
        jdbc.update("update ballot_idea set option_position = null where ballot_id = ?", ballotId);
        positionByIdea.forEach((ideaId, position) -> jdbc.update(
                "update ballot_idea set option_position = ? where ballot_id = ? and idea_id = ?",
                position, ballotId, ideaId));
    }

    public List<Long> ideasOfOption(long ballotId, int position) {
        return jdbc.queryForList("select idea_id from ballot_idea where ballot_id = ? and option_position = ? "
                + "order by idea_id", Long.class, ballotId, position);
    }

    /** The option position of each linked idea that stands for one. */
    public Map<Long, Integer> optionsOfIdeas(long ballotId) {
        var found = new HashMap<Long, Integer>();
        jdbc.query("select idea_id, option_position from ballot_idea where ballot_id = ? and option_position is not null",
                rs -> {
                    found.put(rs.getLong(1), rs.getInt(2));
                }, ballotId);
        return found;
    }

    /** Every choice made in a named ballot, without who made it. */
    public List<String> namedChoices(long ballotId) {
        return jdbc.queryForList("select choice from ballot_vote where ballot_id = ?", String.class, ballotId);
    }

    // --- discussion

    public record CommentRow(long id, long authorId, String text, Instant createdAt) {
    }

    public void addComment(long ballotId, long authorId, String text, Instant now) {
        jdbc.update("insert into ballot_comment (ballot_id, author_id, text, created_at) values (?, ?, ?, ?)",
                ballotId, authorId, text, Timestamp.from(now));
    }

    public List<CommentRow> comments(long ballotId, int offset, int limit) {
        return jdbc.query("select id, author_id, text, created_at from ballot_comment where ballot_id = ? "
                        + "order by created_at, id offset ? rows fetch next ? rows only",
                (rs, n) -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), ballotId, offset, limit);
    }

    public int commentCount(long ballotId) {
        return count("select count(*) from ballot_comment where ballot_id = ?", ballotId);
    }

    private int count(String sql, long ballotId) {
        var value = jdbc.queryForObject(sql, Long.class, ballotId);
        return value == null ? 0 : value.intValue();
    }
}
