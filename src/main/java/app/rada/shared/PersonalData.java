package app.rada.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a module stores about a person. Each module that keeps personal data registers one bean, so a
 * person's data export holds everything and an erasure leaves nothing behind, without the people
 * module knowing every other module.
 */
public interface PersonalData {

    /** The name of this module's part in the export, for example {@code "audit"}. */
    String section();

    /** Everything this module holds about the person, as records, lists and maps that become JSON. */
    Object export(long personId, String email);

    /**
     * Removes or anonymises what identifies the person, in the caller's transaction. Contributions that
     * others rely on stay, without the person's name.
     */
    void erase(long personId, String email, String name);

    /**
     * The rows a query finds for the person, as maps of lower-case column names to text, ready for the
     * export.
     */
    static List<Map<String, String>> rows(JdbcTemplate jdbc, String sql, long personId) {
        return jdbc.queryForList(sql, personId).stream().map(row -> {
            var clean = new LinkedHashMap<String, String>();
            row.forEach((key, value) -> clean.put(key.toLowerCase(Locale.ROOT), String.valueOf(value)));
            return (Map<String, String>) clean;
        }).toList();
    }
}
