package app.rada.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditPersonalDataTest extends KaribuTest {

    @Autowired
    AuditPersonalData personalData;

    @Autowired
    JdbcTemplate jdbc;

    private long entry(String detail) {
        jdbc.update("insert into audit_entry (occurred_at, action, detail) values (?, 'PERSON_INVITED', ?)",
                Timestamp.from(Instant.now()), detail);
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }

    private String detail(long id) {
        return jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, id);
    }

    @Test
    void erasing_an_address_with_an_underscore_leaves_another_persons_entries_alone() {
        long mine = entry("invited ann_lee@erasure.test");
        long someoneElses = entry("invited annxlee@erasure.test");
        long percent = entry("invited ann%lee@erasure.test");

        personalData.erase(987_654_321L, "ann_lee@erasure.test", "Ann Lee");

        assertThat(detail(mine)).isNull();
        assertThat(detail(someoneElses)).isEqualTo("invited annxlee@erasure.test");
        assertThat(detail(percent)).isEqualTo("invited ann%lee@erasure.test");
    }

    @Test
    void erasing_an_address_with_a_percent_sign_matches_only_that_address() {
        long mine = entry("invited bo%b@erasure.test");
        long someoneElses = entry("invited bo-and-b@erasure.test");

        personalData.erase(987_654_322L, "bo%b@erasure.test", "Bob");

        assertThat(detail(mine)).isNull();
        assertThat(detail(someoneElses)).isEqualTo("invited bo-and-b@erasure.test");
    }
}
