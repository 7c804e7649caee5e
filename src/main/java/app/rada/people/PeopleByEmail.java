package app.rada.people;

import app.rada.people.internal.Person;
import app.rada.shared.security.Access;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds active people by their e-mail addresses, many at once, for staff who bring in contributions
 * written elsewhere. Addresses are compared as the portal stores them (trimmed, lower case).
 */
@Service
@Transactional(readOnly = true)
public class PeopleByEmail {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    PeopleByEmail(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of each address that belongs to an active, not erased person, keyed by the normalised address. */
    @PreAuthorize(Access.STAFF)
    public Map<String, Long> activeIds(Collection<String> emails) {
        var wanted = emails.stream().filter(e -> e != null && !e.isBlank()).map(Person::normaliseEmail).distinct()
                .toList();
        var result = new HashMap<String, Long>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            jdbc.query("SELECT id, email FROM person WHERE email IN (:emails) AND active = TRUE AND erased_at IS NULL",
                    new MapSqlParameterSource("emails", chunk),
                    rs -> {
                        result.put(rs.getString("email"), rs.getLong("id"));
                    });
        }
        return result;
    }
}
