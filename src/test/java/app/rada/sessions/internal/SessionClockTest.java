package app.rada.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.Attendance;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

class SessionClockTest extends SessionTestBase {

    @Autowired
    SessionClock clock;

    @Test
    void the_clock_reminds_once_runs_once_under_its_lock_and_asks_attendees_for_the_pulse_when_it_is_over()
            throws Exception {
        long id = scheduled(draft("Clock check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        startsIn(id, Duration.ofHours(20), Duration.ofHours(1));
        jdbc.update("update shedlock set lock_until = ? where name = 'session-clock'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        clock.tick();
        assertThat(reminders(id)).isEqualTo(1);

        // a second run within the lock's minimum hold does nothing
        startsIn(id, Duration.ofMinutes(30), Duration.ofHours(1));
        clock.tick();
        assertThat(reminders(id)).isEqualTo(1);

        jdbc.update("update shedlock set lock_until = ? where name = 'session-clock'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        clock.tick();
        assertThat(reminders(id)).isEqualTo(2);

        // over, with an attendee: the pulse is asked for once
        startsIn(id, Duration.ofMinutes(-20), Duration.ofMinutes(10));
        asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(member).personId(),
                Attendance.ATTENDED));
        jdbc.update("update shedlock set lock_until = ? where name = 'session-clock'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        clock.tick();
        assertThat(jdbc.queryForObject("select pulse_invited from design_session where id = ?", Boolean.class, id))
                .isTrue();

        var tick = SessionClock.class.getDeclaredMethod("tick");
        assertThat(tick.getAnnotation(SchedulerLock.class).name()).isEqualTo("session-clock");
        assertThat(tick.getAnnotation(Scheduled.class)).isNotNull();
    }

    private int reminders(long sessionId) {
        return jdbc.queryForObject("select count(*) from design_session_reminder where session_id = ?", Integer.class,
                sessionId);
    }
}
