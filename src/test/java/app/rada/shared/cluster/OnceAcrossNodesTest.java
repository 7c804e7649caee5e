package app.rada.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.api.BallotAudiences;
import app.rada.ballots.BallotType;
import app.rada.ballots.ResultsVisibility;
import app.rada.people.PeopleService;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database: this test's context is node A, {@link SecondNode} is node B.
 * Both run the same scheduled job at the same moment, each through its own Spring proxy; the node that
 * takes the job's lock in the database runs it, the other skips the run, and what the job does happens
 * once.
 */
@EnabledIf("onPostgres")
class OnceAcrossNodesTest extends KaribuTest {

    private static final String BALLOT_CLOCK = "app.rada.ballots.internal.BallotClock";
    private static final String SESSION_CLOCK = "app.rada.sessions.internal.SessionClock";

    @Autowired
    BallotAudiences ballotAudiences;

    @Autowired
    BallotEditingService ballotEditing;

    @Autowired
    BallotLifecycleService ballotLifecycle;

    @Autowired
    SessionRegistrationService registration;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    static boolean onPostgres() {
        return TestProfiles.onPostgres();
    }

    /** The clocks keep their locks for at least 20 seconds after a run; other tests run them at once. */
    @BeforeEach
    @AfterEach
    void releaseLocks() {
        jdbc.update("update shedlock set lock_until = ? where name in ('ballot-clock', 'session-clock')",
                Timestamp.from(Instant.now().minusSeconds(1)));
    }

    @Test
    void a_ballot_past_its_closing_time_is_closed_once_by_the_node_that_takes_the_clock_and_the_other_skips()
            throws Exception {
        var nodeB = SecondNode.of(context);
        long id = openBallot("Closed once " + System.nanoTime());
        var voters = SystemActor.call(() -> ballotAudiences.eligible(id));
        assertThat(voters).isNotEmpty();
        closesNow(id);

        var before = databaseTime();
        runOnBothNodesAtOnce(BALLOT_CLOCK, "ballot", id, nodeB);

        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BALLOT_CLOSED' "
                + "and target_type = 'ballot' and target_id = ?", Long.class, Long.toString(id))).isOne();
        assertThat(lockTakenSince("ballot-clock", before)).isTrue();

        // while the lock lasts, neither node runs the clock; once it has passed, either does
        long next = openBallot("Closed after the lock " + System.nanoTime());
        closesNow(next);
        runJob(BALLOT_CLOCK, context);
        runJob(BALLOT_CLOCK, nodeB);
        assertThat(status(next)).isEqualTo("OPEN");
        releaseLocks();
        runJob(BALLOT_CLOCK, nodeB);
        assertThat(status(next)).isEqualTo("CLOSED");

        // each voter heard the first result once (the notices are written after the commit, on another thread)
        var heard = await("select person_id from notification where link = ? "
                + "and title_key like 'notifications.ballots.closed.%'", voters.size(), "ballots/" + id);
        assertThat(heard).containsExactlyInAnyOrderElementsOf(voters);
    }

    @Test
    void a_session_reminder_goes_out_once_when_both_nodes_run_the_session_clock_at_the_same_moment()
            throws Exception {
        var nodeB = SecondNode.of(context);
        var title = "Reminded once " + System.nanoTime();
        long id = SystemActor.callAs(user("staff@rada.demo"), () -> {
            long created = scheduling.create(SessionTestBase.draft(title, 5));
            scheduling.publish(created);
            return created;
        });
        var member = freshMember(Role.CUSTOMER, Language.EN);
        SystemActor.callAs(user(member), () -> registration.register(id));
        var start = Instant.now().plus(Duration.ofHours(20));
        jdbc.update("update design_session set starts_at = ?, ends_at = ? where id = ?", Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofHours(2))), id);

        var before = databaseTime();
        runOnBothNodesAtOnce(SESSION_CLOCK, "design_session", id, nodeB);

        assertThat(jdbc.queryForList("select kind from design_session_reminder where session_id = ?", String.class,
                id)).containsExactly("24H");
        assertThat(await("select subject from outbox_mail where recipient = ? and kind = 'sessions'", 1, member))
                .containsExactly("Coming up: " + title);
        assertThat(await("select title_key from notification where person_id = ? and link = ?", 2,
                user(member).personId(), "sessions/" + id))
                .containsExactlyInAnyOrder("notifications.sessions.registered", "notifications.sessions.reminder");
        assertThat(lockTakenSince("session-clock", before)).isTrue();
    }

    /**
     * Calls the job's scheduled method through each node's proxy at the same moment, from two threads,
     * while this test holds a row the job has to lock. The node that takes the job's lock runs the job
     * and waits at that row; the other must skip the run and return at once. Then the row is let go and
     * the run that waited finishes.
     */
    private void runOnBothNodesAtOnce(String job, String table, long rowId, ApplicationContext nodeB)
            throws Exception {
        var scheduled = scheduledMethod(job);
        var executor = Executors.newFixedThreadPool(2);
        var runs = new ArrayList<CompletableFuture<Void>>();
        try (var held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (var lock = held.prepareStatement("select id from " + table + " where id = ? for update")) {
                lock.setLong(1, rowId);
                lock.executeQuery().close();
            }
            var ready = new CountDownLatch(2);
            var gate = new CountDownLatch(1);
            for (var node : List.of(context, nodeB)) {
                var proxy = node.getBean(scheduled.getDeclaringClass());
                assertThat(AopUtils.isAopProxy(proxy)).as("the job is called through its lock").isTrue();
                runs.add(CompletableFuture.runAsync(() -> {
                    ready.countDown();
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    invoke(scheduled, proxy);
                }, executor));
            }
            ready.await();
            gate.countDown();
            assertThat(CompletableFuture.anyOf(runs.toArray(CompletableFuture[]::new)))
                    .as("one node skips the run").succeedsWithin(Duration.ofSeconds(20));
            assertThat(runs).as("the other runs the job and waits at the held row")
                    .filteredOn(run -> !run.isDone()).hasSize(1);
            held.rollback();
            assertThat(CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)))
                    .succeedsWithin(Duration.ofSeconds(30));
        } finally {
            executor.shutdownNow();
        }
    }

    private static void runJob(String job, ApplicationContext node) throws Exception {
        var scheduled = scheduledMethod(job);
        invoke(scheduled, node.getBean(scheduled.getDeclaringClass()));
    }

    /** The job's method that runs on schedule under a lock; the job classes are internal to their modules. */
    private static Method scheduledMethod(String job) throws ClassNotFoundException {
        var method = Arrays.stream(Class.forName(job).getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(SchedulerLock.class)).findFirst().orElseThrow();
        method.setAccessible(true);
        return method;
    }

    private static void invoke(Method method, Object target) {
        try {
            method.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private long openBallot(String title) {
        var now = Instant.now();
        return SystemActor.callAs(user("staff@rada.demo"), () -> {
            long created = ballotEditing.create(new BallotDraft(title, "Once?", "", BallotType.APPROVE_REJECT, List.of(),
                    0, List.of(), now, now.plus(Duration.ofDays(1)), 0, 50, false, ResultsVisibility.AFTER_CLOSE,
                    null, null));
            ballotLifecycle.open(created);
            return created;
        });
    }

    private void closesNow(long ballotId) {
        var now = Instant.now();
        jdbc.update("update ballot set opens_at = ?, closes_at = ? where id = ?", Timestamp.from(now.minusSeconds(60)),
                Timestamp.from(now.minusSeconds(1)), ballotId);
    }

    private String status(long ballotId) {
        return jdbc.queryForObject("select status from ballot where id = ?", String.class, ballotId);
    }

    private Timestamp databaseTime() {
        return jdbc.queryForObject("select current_timestamp", Timestamp.class);
    }

    /** Whether a run took the lock after the given moment and holds it still (for the lock's minimum hold). */
    private boolean lockTakenSince(String name, Timestamp since) {
        return jdbc.queryForObject("select count(*) from shedlock where name = ? and locked_at >= ? "
                + "and lock_until > current_timestamp", Long.class, name, since) == 1;
    }

    /** The rows of a query, once there are at least as many as expected or after five seconds. */
    private List<Object> await(String sql, int expected, Object... args) throws InterruptedException {
        List<Object> rows = List.of();
        for (int i = 0; i < 50; i++) {
            rows = jdbc.queryForList(sql, Object.class, args);
            if (rows.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        return rows;
    }
}
