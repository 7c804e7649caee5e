package app.rada.journeys.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What journey maps hold about a person: the annotations they wrote and the annotations they said
 * "me too" to. On erasure both stay, like comments and votes, so the maps' scores and counts remain
 * whole; the annotations no longer show a name, not even to staff, and lead to nobody.
 */
@Component
class JourneysPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    JourneysPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "journeys";
    }

    @Override
    public Object export(long personId, String email) {
        var result = new LinkedHashMap<String, Object>();
        result.put("annotations", PersonalData.rows(jdbc, "select a.id, m.title as journey, t.name as touchpoint, a.kind, "
                + "a.emotion, a.intensity, a.importance, a.text, a.happened_on, a.show_name, a.idea_id, a.created_at, "
                + "a.edited_at from journey_annotation a join journey_map m on m.id = a.map_id "
                + "join journey_touchpoint t on t.id = a.touchpoint_id where a.author_id = ? order by a.created_at",
                personId));
        result.put("meToo", PersonalData.rows(jdbc, "select r.annotation_id, m.title as journey, a.text, r.created_at "
                + "from journey_reaction r join journey_annotation a on a.id = r.annotation_id "
                + "join journey_map m on m.id = a.map_id where r.person_id = ? order by r.created_at", personId));
        return result;
    }

    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("update journey_annotation set show_name = false where author_id = ?", personId);
    }
}
