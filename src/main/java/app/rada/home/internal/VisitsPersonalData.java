package app.rada.home.internal;

import app.rada.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The start page keeps only when a person last opened it; erasure removes that too. */
@Component
class VisitsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final VisitStore visits;

    VisitsPersonalData(JdbcTemplate jdbc, VisitStore visits) {
        this.jdbc = jdbc;
        this.visits = visits;
    }

    @Override
    public String section() {
        return "startPage";
    }

    @Override
    public Object export(long personId, String email) {
        return PersonalData.rows(jdbc, "select previous_at, current_at from home_visit where person_id = ?",
                personId);
    }

    @Override
    public void erase(long personId, String email, String name) {
        visits.forget(personId);
    }
}
