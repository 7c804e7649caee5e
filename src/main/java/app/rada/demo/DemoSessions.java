package app.rada.demo;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaService;
import app.rada.journeys.JourneyService;
import app.rada.people.PeopleService;
import app.rada.sessions.Attendance;
import app.rada.sessions.PulseAnswer;
import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionList;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.shared.DemoSettings;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's design sessions, after the ideas and the journey maps they work on: an upcoming
 * workshop on delivery that is full and has a waitlist, an upcoming online session on the hotline, and
 * a past workshop on the invoice and returns with minutes, attendance, outcomes turned into ideas and
 * pulse answers. Staff and members act as themselves, through the services.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoSessions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final SessionSchedulingService scheduling;
    private final SessionReadingService reading;
    private final SessionRegistrationService registration;
    private final SessionAttendanceService attendance;
    private final SessionFollowUpService followUp;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final PeopleService people;
    private final DemoData data;
    private final Clock clock;

    DemoSessions(SessionSchedulingService scheduling, SessionReadingService reading,
                 SessionRegistrationService registration, SessionAttendanceService attendance,
                 SessionFollowUpService followUp, IdeaService ideas, JourneyService journeys, PeopleService people,
                 DemoData data, Clock clock) {
        this.scheduling = scheduling;
        this.reading = reading;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
        this.ideas = ideas;
        this.journeys = journeys;
        this.people = people;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (people.findLoginAccount("staff" + DemoSettings.DOMAIN).isEmpty()
                    || reading.count(SessionList.UPCOMING) + reading.count(SessionList.PAST)
                    + reading.count(SessionList.DRAFTS) > 0) {
                return;
            }
            load();
            log.info("Demo design sessions loaded");
        });
    }

    /** The sessions as {@code sessions.yaml} in the programme's language describes them. */
    record Sessions(Session delivery, Session hotline, Session returns) {
    }

    /** A session's texts, the touchpoint it works on and, once it is over, its minutes and outcomes. */
    record Session(String touchpoint, @Nullable List<String> ideas, String title, String description,
                   String agenda, @Nullable String place, @Nullable String minutes,
                   @Nullable List<Outcome> outcomes, @Nullable List<PulseAnswer> pulse) {
    }

    record Outcome(String title, String description) {
    }

    void load() {
        var text = data.translated("sessions.yaml", Sessions.class);
        var staff = user("staff");
        var today = LocalDate.now(clock.withZone(WARSAW));
        var staffIds = List.of(staff.personId());

        // an upcoming workshop on delivery, on site: full, with two on the waitlist
        var deliveryText = text.delivery();
        var delivery = touchpoint(deliveryText.touchpoint());
        var deliveryIdeas = ideaIds(listed(deliveryText.ideas()));
        var deliveryStart = today.plusDays(9).atTime(LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
        long full = as(staff, () -> scheduling.create(new SessionDraft(deliveryText.title(),
                deliveryText.description(), deliveryText.agenda(), SessionFormat.ON_SITE, null, deliveryText.place(),
                deliveryStart, deliveryStart.plus(Duration.ofHours(2)), WARSAW.getId(), 6,
                deliveryStart.minus(Duration.ofDays(1)), staffIds, SessionAudience.ALL, List.of(), List.of(),
                deliveryIdeas, delivery == null ? List.of() : List.of(delivery))));
        as(staff, () -> run(() -> scheduling.publish(full)));
        for (var login : List.of("customer", "board", "ewa.lis", "pawel.dudek", "agnieszka.pietrzak",
                "michal.grabowski", "zofia.majewska", "adam.olszewski")) {
            as(user(login), () -> registration.register(full));
        }

        // an upcoming online session on the hotline, open to the strategic and growth clients
        var hotlineText = text.hotline();
        var hotline = touchpoint(hotlineText.touchpoint());
        var hotlineStart = today.plusDays(16).atTime(LocalTime.of(8, 0)).atZone(WARSAW).toInstant();
        var segments = people.segments().stream().filter(s -> !s.code().equals("standard")).map(s -> s.id()).toList();
        long online = as(staff, () -> scheduling.create(new SessionDraft(hotlineText.title(),
                hotlineText.description(), hotlineText.agenda(), SessionFormat.ONLINE,
                "https://meet.example.com/rada-hotline", null, hotlineStart,
                hotlineStart.plus(Duration.ofMinutes(90)), WARSAW.getId(), 20, null, staffIds, SessionAudience.CHOSEN,
                List.of(), segments, List.of(), hotline == null ? List.of() : List.of(hotline))));
        as(staff, () -> run(() -> scheduling.publish(online)));
        for (var login : List.of("ewa.lis", "piotr.mazur", "joanna.krawczyk")) {
            as(user(login), () -> registration.register(online));
        }

        // a past workshop on invoices and returns: minutes, attendance, outcomes turned into ideas, pulse
        var returnsText = text.returns();
        var invoice = touchpoint(returnsText.touchpoint());
        var pastStart = today.minusDays(12).atTime(LocalTime.of(13, 0)).atZone(WARSAW).toInstant();
        long past = as(staff, () -> scheduling.create(new SessionDraft(returnsText.title(),
                returnsText.description(), returnsText.agenda(), SessionFormat.HYBRID,
                "https://meet.example.com/rada-returns", returnsText.place(), pastStart,
                pastStart.plus(Duration.ofHours(2)), WARSAW.getId(), 10, null, staffIds, SessionAudience.ALL, List.of(),
                List.of(), List.of(), invoice == null ? List.of() : List.of(invoice))));
        as(staff, () -> run(() -> scheduling.publish(past)));
        var attendees = List.of("customer", "joanna.krawczyk", "lukasz.krol", "natalia.jablonska", "pawel.dudek");
        for (var login : attendees) {
            as(staff, () -> registration.addToList(past, user(login).personId()));
        }
        as(staff, () -> registration.addToList(past, user("magdalena.wojcik").personId()));
        as(staff, () -> run(() -> {
            for (var login : attendees) {
                attendance.markAttendance(past, user(login).personId(), Attendance.ATTENDED);
            }
            attendance.markAttendance(past, user("magdalena.wojcik").personId(), Attendance.NO_SHOW);
            if (returnsText.minutes() != null) {
                followUp.saveMinutes(past, returnsText.minutes());
            }
            var outcomes = new ArrayList<Long>();
            for (var outcome : listed(returnsText.outcomes())) {
                outcomes.add(followUp.addOutcome(past, outcome.title(), outcome.description()));
            }
            // the first two outcomes become ideas on the board
            outcomes.stream().limit(2).forEach(followUp::turnIntoIdea);
        }));
        var answers = listed(returnsText.pulse());
        for (int i = 0; i < Math.min(attendees.size(), answers.size()); i++) {
            var answer = answers.get(i);
            as(user(attendees.get(i)), () -> run(() -> followUp.answerPulse(past, answer)));
        }
    }

    private static <T> List<T> listed(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    /** The first touchpoint with this name on any map, or null when the maps are not there. */
    private @Nullable Long touchpoint(String name) {
        for (var summary : journeys.maps(0, 20)) {
            for (var t : journeys.map(summary.id()).touchpoints()) {
                if (t.name().equals(name)) {
                    return t.id();
                }
            }
        }
        return null;
    }

    private List<Long> ideaIds(List<String> titles) {
        var found = new ArrayList<Long>();
        var cards = ideas.board(BoardFilter.all(), BoardSort.NEWEST, 0, 100);
        for (var title : titles) {
            cards.stream().filter(c -> c.title().equals(title)).findFirst().ifPresent(c -> found.add(c.id()));
        }
        return found;
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }

    private RadaUser user(String login) {
        return people.findLoginAccount(login + DemoSettings.DOMAIN).orElseThrow().asUser();
    }

    private static <T> T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }
}
