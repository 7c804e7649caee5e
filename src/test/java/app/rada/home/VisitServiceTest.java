package app.rada.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** "Since your last visit": a reload keeps the news, a later visit starts from the one before. */
class VisitServiceTest extends KaribuTest {

    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_first_visit_looks_back_two_weeks_a_reload_keeps_it_and_a_later_visit_starts_from_the_last() {
        var me = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var first = visits.openStartPage();
        assertThat(Duration.between(first, Instant.now())).isBetween(Duration.ofDays(14).minusMinutes(1),
                Duration.ofDays(14).plusMinutes(1));
        assertThat(visits.openStartPage()).as("a reload is the same visit").isEqualTo(first);

        // the last visit was two hours ago
        var twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        jdbc.update("update home_visit set current_at = ? where person_id = ?", Timestamp.from(twoHoursAgo),
                me.personId());
        assertThat(Duration.between(visits.openStartPage(), twoHoursAgo).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void nobody_records_a_visit_without_signing_in() {
        logout();
        assertThatThrownBy(() -> visits.openStartPage()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
