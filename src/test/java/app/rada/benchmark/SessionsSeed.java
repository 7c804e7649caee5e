package app.rada.benchmark;

import app.rada.sessions.Attendance;
import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Design sessions of a large programme, scheduled, filled and followed up by staff through the sessions
 * services, as in the portal: past sessions (ended at least two weeks ago) with their lists, attendance
 * marked (most came, some did not) and minutes; upcoming ones, most with members on the list and a few
 * full with a waitlist. Attending earns points through the application's own listeners, so the reward
 * balances stay in step with the ledger.
 */
final class SessionsSeed {

    static final String TITLE = "Benchmark session ";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String[] TOPICS = {"delivery tracking", "invoices and returns", "the mobile app",
            "loyalty points", "the support hotline", "reports and exports", "booking and calendar", "payments"};

    private final SessionSchedulingService scheduling;
    private final SessionRegistrationService registration;
    private final SessionAttendanceService attendance;
    private final SessionFollowUpService followUp;
    private final JdbcTemplate jdbc;
    private final RadaUser staff;
    private final Random random;

    SessionsSeed(SessionSchedulingService scheduling, SessionRegistrationService registration,
                 SessionAttendanceService attendance, SessionFollowUpService followUp, JdbcTemplate jdbc,
                 RadaUser staff, Random random) {
        this.scheduling = scheduling;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
        this.jdbc = jdbc;
        this.staff = staff;
        this.random = random;
    }

    /**
     * Seeds {@code past} sessions, one a month back from two weeks ago, and {@code upcoming} ones, one a week
     * from five days ahead, and waits until the listeners have handled what they did.
     */
    void seed(List<ProgrammeSeed.Member> members, int past, int upcoming) {
        var started = Instant.now();
        var today = LocalDate.now(WARSAW);
        for (int p = 0; p < past; p++) {
            var start = today.minusDays(14 + 30L * p).atTime(LocalTime.of(13, 0)).atZone(WARSAW).toInstant();
            int capacity = 30 + random.nextInt(21);
            long id = create(p, start, capacity);
            var topic = TOPICS[p % TOPICS.length];
            var listed = pick(members, capacity - random.nextInt(10));
            SystemActor.callAs(staff, () -> {
                for (long person : listed) {
                    registration.addToList(id, person);
                }
                for (long person : listed) {
                    attendance.markAttendance(id, person, random.nextInt(100) < 80 ? Attendance.ATTENDED
                            : Attendance.NO_SHOW);
                }
                followUp.saveMinutes(id, "## Minutes\n\nWe went through " + topic
                        + " with the members who came and agreed on the next steps.");
                return null;
            });
            // long over: the session clock asked the attendees for their pulse in the week after it
            jdbc.update("update design_session set pulse_invited = true where id = ?", id);
        }
        for (int u = 0; u < upcoming; u++) {
            var start = today.plusDays(5 + 7L * u).atTime(LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
            int capacity = 20 + random.nextInt(11);
            long id = create(past + u, start, capacity);
            // every fourth has nobody yet, every third is over-subscribed
            int wanted = u % 4 == 3 ? 0 : u % 3 == 0 ? capacity + 5 : capacity / 2 + random.nextInt(capacity / 2);
            var listed = pick(members, wanted);
            SystemActor.callAs(staff, () -> {
                for (long person : listed) {
                    registration.addToList(id, person);
                }
                return null;
            });
        }
        awaitListeners(started);
    }

    /** A session made and published by staff, open to every member, two hours long. */
    private long create(int n, Instant start, int capacity) {
        var format = SessionFormat.values()[n % SessionFormat.values().length];
        var topic = TOPICS[n % TOPICS.length];
        var draft = new SessionDraft(TITLE + n + ": " + topic, "Members and staff work on " + topic + " together.",
                "1. What works\n2. What hurts\n3. What to try next", format,
                format.online() ? "https://meet.example.com/benchmark-" + n : null,
                format.onSite() ? "ul. Prosta " + (n + 1) + ", Warszawa" : null, start, start.plus(Duration.ofHours(2)),
                WARSAW.getId(), capacity, null, List.of(staff.personId()), SessionAudience.ALL, List.of(), List.of(),
                List.of(), List.of());
        return SystemActor.callAs(staff, () -> {
            long id = scheduling.create(draft);
            scheduling.publish(id);
            return id;
        });
    }

    private List<Long> pick(List<ProgrammeSeed.Member> members, int count) {
        var chosen = new LinkedHashSet<Long>();
        while (chosen.size() < Math.min(count, members.size())) {
            chosen.add(members.get(random.nextInt(members.size())).id());
        }
        return new ArrayList<>(chosen);
    }

    /** Waits until every event published since {@code since} has reached its listeners (points, notices). */
    private void awaitListeners(Instant since) {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            Long open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                    + "and publication_date >= ?", Long.class, ProgrammeSeed.at(since.minusSeconds(5)));
            if (open == 0) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The sessions' events were not all handled within five minutes");
    }
}
