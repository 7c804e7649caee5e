package app.rada.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotStatus;
import app.rada.dashboard.DashboardService;
import app.rada.ideas.IdeaFiguresService;
import app.rada.people.LoginAccounts;
import app.rada.sessions.SessionList;
import app.rada.sessions.SessionReadingService;
import app.rada.shared.DemoSettings;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.TestProfiles;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * On its first start the demo programme has sixteen months of history behind it, so every figure that counts
 * time tells a story, while the start pages still have something waiting. Same context as
 * {@link DemoModuleTest}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security", "dashboard"})
@ActiveProfiles(resolver = TestProfiles.class)
class DemoHistoryTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    IdeaFiguresService ideaFigures;

    @Autowired
    BallotReadingService ballots;

    @Autowired
    SessionReadingService sessions;

    @Autowired
    DashboardService dashboard;

    private RadaUser staff;

    @BeforeEach
    void eventsDelivered() throws InterruptedException {
        staff = accounts.findLoginAccount("staff" + DemoSettings.DOMAIN).orElseThrow().asUser();
        // points and monthly activity come from listeners that run after each step; wait until all have run
        var until = Instant.now().plus(Duration.ofMinutes(2));
        while (pendingEvents() > 0 && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(pendingEvents()).as("events still waiting for their listeners").isZero();
    }

    private long pendingEvents() {
        Long pending = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                Long.class);
        return pending == null ? 0 : pending;
    }

    private <T> T asStaff(Supplier<T> work) {
        return SystemActor.callAs(staff, work);
    }

    private Set<YearMonth> months(String sql) {
        var months = new HashSet<YearMonth>();
        for (Timestamp at : jdbc.queryForList(sql, Timestamp.class)) {
            months.add(YearMonth.from(at.toInstant().atZone(WARSAW)));
        }
        return months;
    }

    @Test
    void ideas_came_in_over_more_than_a_year_and_were_answered_days_later_not_minutes() {
        var now = Instant.now();
        var first = jdbc.queryForObject("SELECT MIN(created_at) FROM idea", Timestamp.class).toInstant();
        var last = jdbc.queryForObject("SELECT MAX(created_at) FROM idea", Timestamp.class).toInstant();
        assertThat(Duration.between(first, last)).isGreaterThan(Duration.ofDays(365));
        assertThat(months("SELECT created_at FROM idea")).hasSizeGreaterThanOrEqualTo(12);

        var figures = asStaff(() -> ideaFigures.figures(first.minusSeconds(1), now.plusSeconds(60), now));
        assertThat(figures.medianHoursToAnswer()).as("median hours to a first answer")
                .isBetween(24.0, 24.0 * 14);
        assertThat(figures.answeredWithinWeek()).as("answered within the week's target")
                .isGreaterThan(figures.answered() / 2).isLessThan(figures.answered());
        assertThat(figures.done()).isPositive();
        assertThat(figures.medianDaysToDone()).as("median days to done").isGreaterThan(60.0);
    }

    @Test
    void a_ballot_closed_months_ago_with_its_result_and_a_past_session_has_attendance_and_pulse() {
        var now = Instant.now();
        var closed = asStaff(() -> ballots.list(BallotStatus.CLOSED, 0, 20));
        assertThat(closed).anySatisfy(b -> {
            assertThat(b.closedAt()).isBefore(now.minus(Duration.ofDays(90)));
            assertThat(b.outcome()).isNotNull();
            assertThat(b.votes()).isPositive();
        });

        var past = asStaff(() -> sessions.list(SessionList.PAST, 0, 20));
        assertThat(past).filteredOn(s -> s.startsAt().isBefore(now.minus(Duration.ofDays(30)))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM design_session_registration WHERE attendance = 'ATTENDED'",
                Long.class)).isGreaterThanOrEqualTo(5);
        assertThat(months("SELECT p.answered_at FROM design_session_pulse p")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void points_were_earned_month_by_month_and_the_dashboard_trend_fills_the_year() {
        assertThat(months("SELECT created_at FROM reward_entry")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(months("SELECT created_at FROM journey_annotation")).hasSizeGreaterThanOrEqualTo(10);

        var span = asStaff(() -> dashboard.defaultSpan());
        var figures = asStaff(() -> dashboard.figures(span[0], span[1]));
        long answeredOrDone = figures.trend().stream().filter(t -> t.answered() > 0 || t.done() > 0).count();
        assertThat(answeredOrDone).as("months of the trend with first answers or ideas done")
                .isGreaterThanOrEqualTo(10);
        long activeMonths = figures.active().stream().filter(a -> a.people() > 0).map(a -> a.month()).distinct()
                .count();
        assertThat(activeMonths).as("months with active members").isGreaterThanOrEqualTo(10);
    }

    @Test
    void the_start_pages_still_have_an_idea_waiting_an_open_ballot_and_upcoming_sessions() {
        var now = Instant.now();
        List<Timestamp> waiting = jdbc.queryForList("SELECT created_at FROM idea WHERE status = 'NEW' "
                + "AND first_answer_at IS NULL", Timestamp.class);
        assertThat(waiting).anySatisfy(at -> assertThat(at.toInstant())
                .isBetween(now.minus(Duration.ofDays(7)), now.minus(Duration.ofHours(12))));

        var open = asStaff(() -> ballots.list(BallotStatus.OPEN, 0, 20));
        assertThat(open).anySatisfy(b -> assertThat(b.closesAt()).isAfter(now));

        var upcoming = asStaff(() -> sessions.list(SessionList.UPCOMING, 0, 20));
        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.startsAt()).isAfter(now));
        assertThat(upcoming).anySatisfy(s -> assertThat(s.registered()).isPositive());
    }
}
