package app.rada.people.internal;

import app.rada.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The provider accounts a person signed in with: exported, and deleted on erasure, so the same provider account
 * is a stranger again afterwards.
 */
@Component
class IdentityPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    IdentityPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "singleSignOn";
    }

    @Override
    public Object export(long personId, String email) {
        return PersonalData.rows(jdbc, "select provider, issuer, subject, linked_at, last_login_at "
                + "from person_identity where person_id = ? order by linked_at, id", personId);
    }

    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("delete from person_identity where person_id = ?", personId);
    }
}
