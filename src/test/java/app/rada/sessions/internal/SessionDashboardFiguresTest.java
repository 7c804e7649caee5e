package app.rada.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.sessions.Attendance;
import app.rada.sessions.PulseAnswer;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.SessionFiguresSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SessionDashboardFiguresTest extends SessionTestBase {

    @Autowired
    SessionFiguresSource figures;

    @Test
    void the_dashboard_counts_a_held_session_its_places_attendance_and_pulse_as_counted_by_hand()
            throws InterruptedException {
        long id = scheduled(draft("Figures workshop", 10));
        var a = freshMember(Role.CUSTOMER, Language.EN);
        var b = freshMember(Role.CUSTOMER, Language.EN);
        var c = freshMember(Role.CUSTOMER, Language.EN);
        for (var member : new String[] {a, b, c}) {
            as(member, () -> registration.register(id));
        }
        // held nine days ago, for two hours
        var start = Instant.now().minus(Duration.ofDays(9).plusHours(5));
        jdbc.update("update design_session set starts_at = ?, ends_at = ? where id = ?", Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofHours(2))), id);
        asDo("staff@rada.demo", () -> {
            attendance.markAttendance(id, user(a).personId(), Attendance.ATTENDED);
            attendance.markAttendance(id, user(b).personId(), Attendance.ATTENDED);
            attendance.markAttendance(id, user(c).personId(), Attendance.NO_SHOW);
        });
        asDo(a, () -> followUp.answerPulse(id, new PulseAnswer(2, 10, null)));
        asDo(b, () -> followUp.answerPulse(id, new PulseAnswer(4, 5, "Too long")));

        var from = start.minus(Duration.ofHours(1));
        var to = start.plus(Duration.ofHours(3));
        // fresh members belong to the bakery; nobody else registered for this session
        long bakery = user(a).organisationId();
        var all = as("staff@rada.demo", () -> figures.figures(from, to, null));
        var ofBakery = as("staff@rada.demo", () -> figures.figures(from, to, bakery));
        for (var f : List.of(all, ofBakery)) {
            assertThat(f.sessions()).isEqualTo(1);
            assertThat(f.registered()).isEqualTo(3);
            assertThat(f.attended()).isEqualTo(2);
            assertThat(f.averageEffort()).isEqualTo(3.0);
            // one promoter (10), one detractor (5) of two answers
            assertThat(f.npsScore()).isZero();
        }
        long otherOrganisation = jdbc.queryForObject("select min(id) from organisation where id <> ?", Long.class,
                bakery);
        var ofOther = as("staff@rada.demo", () -> figures.figures(from, to, otherOrganisation));
        assertThat(ofOther.sessions()).isZero();
        assertThat(ofOther.npsScore()).isNull();

        assertThatThrownBy(() -> as(a, () -> figures.figures(from, to, null)))
                .isInstanceOf(AccessDeniedException.class);

        // and points: coming and answering the pulse earn them, a no-show earns nothing
        assertThat(entries(a, id, 2)).containsExactlyInAnyOrder("SESSION_ATTENDED", "PULSE_ANSWERED");
        assertThat(entries(b, id, 2)).containsExactlyInAnyOrder("SESSION_ATTENDED", "PULSE_ANSWERED");
        assertThat(entries(c, id, 0)).isEmpty();
    }

    /** The ledger rows a session earned a member, once the listeners (after commit) have written them. */
    private List<String> entries(String email, long sessionId, int expected) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(expected == 0 ? 1 : 10);
        List<String> kinds;
        do {
            kinds = jdbc.queryForList("select kind from reward_entry where person_id = ? and source_id = ? "
                    + "and kind in ('SESSION_ATTENDED', 'PULSE_ANSWERED')", String.class, user(email).personId(),
                    sessionId);
            if (kinds.size() >= expected && expected > 0) {
                return kinds;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return kinds;
    }
}
