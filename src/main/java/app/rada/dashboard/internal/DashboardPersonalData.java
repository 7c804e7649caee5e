package app.rada.dashboard.internal;

import app.rada.shared.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the dashboard keeps about a person: the months they were active in. On erasure the rows stay, so
 * past months keep their counts; without the person's account they lead to nobody.
 */
@Component
class DashboardPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    DashboardPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "dashboard";
    }

    @Override
    public Object export(long personId, String email) {
        return Map.of("activeMonths", jdbc.queryForList("select active_month from dashboard_active where person_id = ? "
                + "order by active_month", String.class, personId));
    }

    @Override
    public void erase(long personId, String email, String name) {
        // nothing to remove: the months count people, and the person's name and e-mail go with their account
    }
}
