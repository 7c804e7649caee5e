package app.rada.security.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counters of failed logins and reset requests kept under a person's e-mail address: exported,
 * and deleted on erasure (the address no longer opens an account, so there is nothing to slow down).
 * Counters per client address name no one and stay.
 */
@Component
class ThrottlePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ThrottlePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "loginThrottling";
    }

    @Override
    public Object export(long personId, String email) {
        var keys = keys(email);
        return jdbc.queryForList("select throttle_key, failures, last_failure_at, blocked_until from login_throttle "
                + "where throttle_key in (?, ?) order by throttle_key", keys.get(0), keys.get(1)).stream()
                .map(row -> {
                    var clean = new LinkedHashMap<String, String>();
                    row.forEach((k, v) -> clean.put(k.toLowerCase(Locale.ROOT), String.valueOf(v)));
                    return clean;
                }).toList();
    }

    @Override
    public void erase(long personId, String email, String name) {
        var keys = keys(email);
        jdbc.update("delete from login_throttle where throttle_key in (?, ?)", keys.get(0), keys.get(1));
    }

    /** The keys the login and the password reset count under, as they write them. */
    private static List<String> keys(String email) {
        var normal = email.strip().toLowerCase(Locale.ROOT);
        return List.of("account:" + normal, "reset-email:" + normal);
    }
}
