package app.rada.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fifty members pressing "Register" at the same moment for the last five seats: exactly five get a
 * seat, the others wait in the order they arrived, and nobody is on the list twice, on H2 and on
 * PostgreSQL.
 */
class SessionRegistrationConcurrencyTest extends SessionTestBase {

    static final int MEMBERS = 50;
    static final int CAPACITY = 8;
    static final int ALREADY_SEATED = 3;

    @Test
    void fifty_members_registering_at_once_for_the_last_five_seats_leave_five_seated_and_the_rest_waiting_in_order()
            throws Exception {
        long id = scheduled(draft("Last seats", CAPACITY));
        for (int i = 0; i < ALREADY_SEATED; i++) {
            as(freshMember(Role.CUSTOMER, Language.EN), () -> registration.register(id));
        }
        var members = members();

        var results = new HashMap<Long, RegistrationResult>();
        var pool = Executors.newFixedThreadPool(MEMBERS);
        try {
            var ready = new CountDownLatch(MEMBERS);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<RegistrationResult>>();
            for (var member : members) {
                futures.add(pool.submit(() -> {
                    VaadinSession.setCurrent(null);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                            member.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    try {
                        ready.countDown();
                        go.await();
                        return registration.register(id);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (int i = 0; i < MEMBERS; i++) {
                results.put(members.get(i).personId(), futures.get(i).get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results.values().stream().filter(r -> r.state() == RegistrationState.REGISTERED)).hasSize(5);
        assertThat(results.values().stream().filter(r -> r.state() == RegistrationState.WAITLISTED)
                .map(RegistrationResult::waitlistPosition)).as("each place on the waitlist given once")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 45).boxed().toList());
        assertThat(jdbc.queryForObject("select registered_count from design_session where id = ?", Integer.class, id))
                .isEqualTo(CAPACITY);
        assertThat(jdbc.queryForObject("select count(*) from design_session_registration where session_id = ? "
                + "and state = 'REGISTERED'", Integer.class, id)).isEqualTo(CAPACITY);
        assertThat(jdbc.queryForObject("select count(*) from design_session_registration where session_id = ?",
                Integer.class, id)).as("nobody twice").isEqualTo(MEMBERS + ALREADY_SEATED);

        // arrival order: the first five to get the lock are seated, the others wait in the order they came
        var rows = jdbc.query("select person_id, state, arrival from design_session_registration where session_id = ? "
                + "and arrival > ?", (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)), id, ALREADY_SEATED);
        assertThat(rows).hasSize(MEMBERS);
        rows.sort(Comparator.comparingLong(Row::arrival));
        assertThat(rows.stream().map(Row::arrival).distinct()).hasSize(MEMBERS);
        assertThat(rows.subList(0, 5)).allMatch(r -> r.state().equals("REGISTERED"));
        assertThat(rows.subList(5, MEMBERS)).allMatch(r -> r.state().equals("WAITLISTED"));
        for (int i = 5; i < MEMBERS; i++) {
            assertThat(results.get(rows.get(i).personId()).waitlistPosition()).isEqualTo(i - 4);
        }
        // each seated member got exactly one confirmation
        for (var r : rows.subList(0, 5)) {
            var email = jdbc.queryForObject("select email from person where id = ?", String.class, r.personId());
            assertThat(calendarMails(email, id)).hasSize(1);
        }
    }

    record Row(long personId, String state, long arrival) {
    }

    @AfterEach
    void removeMembers() {
        jdbc.update("delete from outbox_mail where recipient like 'rush%@example.com'");
        jdbc.update("delete from design_session_registration where person_id in "
                + "(select id from person where email like 'rush%@example.com')");
        jdbc.update("delete from person_role where person_id in (select id from person where email like 'rush%@example.com')");
        jdbc.update("delete from person where email like 'rush%@example.com'");
    }

    /** Fifty new customers of the bakery, inserted directly so that setting them up takes no time. */
    private List<RadaUser> members() {
        long stamp = System.nanoTime();
        var now = Timestamp.from(Instant.now());
        var bakery = jdbc.queryForObject("select id from organisation where name = 'Piekarnia Złoty Kłos'", Long.class);
        var result = new ArrayList<RadaUser>();
        for (int i = 0; i < MEMBERS; i++) {
            var email = "rush" + i + "-" + stamp + "@example.com";
            jdbc.update("""
                    insert into person (email, name, organisation_id, language, appearance, active, created_at, version)
                    values (?, ?, ?, 'en', 'SYSTEM', true, ?, 0)""", email, "Rush " + i, bakery, now);
            long personId = jdbc.queryForObject("select id from person where email = ?", Long.class, email);
            jdbc.update("insert into person_role (person_id, role) values (?, 'CUSTOMER')", personId);
            result.add(new RadaUser(personId, email, "Rush " + i, null, EnumSet.of(Role.CUSTOMER), bakery, Language.EN,
                    Appearance.SYSTEM, true));
        }
        return result;
    }
}
