package app.rada.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotType;
import app.rada.ballots.ResultsVisibility;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

class BallotClockTest extends KaribuTest {

    @Autowired
    BallotClock clock;

    @Autowired
    BallotEditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_clock_opens_and_closes_ballots_at_their_times_and_runs_once_under_its_lock() throws Exception {
        loginAs("staff");
        var now = Instant.now();
        long id = editing.create(new BallotDraft("Clock check", "Tick?", "", BallotType.APPROVE_REJECT, List.of(), 0,
                List.of(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), 0, 50, false,
                ResultsVisibility.AFTER_CLOSE, null, null));
        logout();
        jdbc.update("update ballot set opens_at = ? where id = ?", Timestamp.from(now.minusSeconds(60)), id);
        clock.tick();
        assertThat(jdbc.queryForObject("select status from ballot where id = ?", String.class, id)).isEqualTo("OPEN");

        jdbc.update("update ballot set closes_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), id);
        // a second run within the lock's minimum hold does nothing: one node, one run
        clock.tick();
        assertThat(jdbc.queryForObject("select status from ballot where id = ?", String.class, id)).isEqualTo("OPEN");

        jdbc.update("update shedlock set lock_until = ? where name = 'ballot-clock'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        clock.tick();
        assertThat(jdbc.queryForObject("select status || ' ' || outcome from ballot where id = ?", String.class, id))
                .isEqualTo("CLOSED FAILED");

        var tick = BallotClock.class.getDeclaredMethod("tick");
        assertThat(tick.getAnnotation(SchedulerLock.class).name()).isEqualTo("ballot-clock");
        assertThat(tick.getAnnotation(Scheduled.class)).isNotNull();
    }
}
