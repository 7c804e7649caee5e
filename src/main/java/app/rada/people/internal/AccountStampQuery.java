package app.rada.people.internal;

import app.rada.people.AccountStamps;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's stamps, read on every request of their open sessions: one statement by primary key in its own
 * short read, without a persistence context or a transaction around it, since nothing else is read with it.
 */
@Component
public class AccountStampQuery {

    private final JdbcTemplate jdbc;

    AccountStampQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamps as the database holds them now; empty when the person no longer exists. */
    public Optional<AccountStamps> of(long personId) {
        return jdbc.query("SELECT active, erased_at IS NOT NULL AS erased, rights_version, session_epoch "
                        + "FROM person WHERE id = ?",
                (rs, n) -> new AccountStamps(rs.getBoolean(1), rs.getBoolean(2), rs.getLong(3), rs.getLong(4)),
                personId).stream().findFirst();
    }
}
