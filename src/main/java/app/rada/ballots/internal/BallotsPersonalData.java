package app.rada.ballots.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What ballots hold about a person: the ballots they could vote in and whether they did, their votes in
 * named ballots and their discussion messages. Votes in secret ballots are not linked to anyone, so
 * they cannot be exported or erased per person. On erasure votes and messages stay, under "Former
 * member", so results and discussions remain whole.
 */
@Component
class BallotsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    BallotsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "ballots";
    }

    @Override
    public Object export(long personId, String email) {
        var result = new LinkedHashMap<String, Object>();
        result.put("eligibleIn", PersonalData.rows(jdbc, "select ballot_id, has_voted, voted_at from ballot_voter where person_id = ? "
                + "order by ballot_id", personId));
        result.put("namedVotes", PersonalData.rows(jdbc, "select ballot_id, choice, cast_at, changed_at from ballot_vote "
                + "where person_id = ? order by ballot_id", personId));
        result.put("comments", PersonalData.rows(jdbc, "select ballot_id, text, created_at from ballot_comment where author_id = ? "
                + "order by created_at", personId));
        return result;
    }


    @Override
    public void erase(long personId, String email, String name) {
        // nothing to remove: the person's name disappears with their account, votes and messages stay
    }
}
