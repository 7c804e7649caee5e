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
import app.rada.shared.SeedingTime;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * two past workshops (the first one, which drew the purchase journey, and one on the invoice and returns)
 * with minutes, attendance, outcomes turned into ideas and pulse answers. Staff and members act as themselves, through the services.
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
    record Sessions(Session delivery, Session hotline, Session returns, @Nullable Session mapping) {
    }

    /** A session's texts, the touchpoint it works on and, once it is over, its minutes and outcomes. */
    record Session(String touchpoint, @Nullable List<String> ideas, String title, String description,
                   String agenda, @Nullable String place, @Nullable String minutes,
                   @Nullable List<Outcome> outcomes, @Nullable List<PulseAnswer> pulse) {
    }

    record Outcome(String title, String description) {
    }

    /**
     * The sessions over the programme's history: the first workshop that drew the purchase journey, some
     * thirteen months before installation; the workshop on invoices and returns, two and a half months before;
     * and the two upcoming ones, announced a few weeks before installation, members registering since.
     */
    void load() {
        var text = data.translated("sessions.yaml", Sessions.class);
        var staff = user("staff");
        var timeline = new Timeline(Instant.now(clock));
        var today = LocalDate.now(clock.withZone(WARSAW));
        var staffIds = List.of(staff.personId());

        // the first workshop, where members drew the purchase journey
        var mapping = text.mapping();
        if (mapping != null) {
            past(timeline, mapping, 400, SessionFormat.ON_SITE, 12, List.of("customer", "board", "ewa.lis",
                    "piotr.mazur", "zofia.majewska", "adam.olszewski"), List.of("magdalena.wojcik"));
        }

        // a past workshop on invoices and returns: minutes, attendance, outcomes turned into ideas, pulse
        past(timeline, text.returns(), 80, SessionFormat.HYBRID, 10, List.of("customer", "joanna.krawczyk",
                "lukasz.krol", "natalia.jablonska", "pawel.dudek"), List.of("magdalena.wojcik"));

        // an upcoming workshop on delivery, on site: full, with two on the waitlist
        var deliveryText = text.delivery();
        var delivery = touchpoint(deliveryText.touchpoint());
        var deliveryIdeas = ideaIds(listed(deliveryText.ideas()));
        var deliveryStart = today.plusDays(9).atTime(LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
        long full = SeedingTime.at(timeline.daysAgo(21), () -> {
            long id = as(staff, () -> scheduling.create(new SessionDraft(deliveryText.title(),
                    deliveryText.description(), deliveryText.agenda(), SessionFormat.ON_SITE, null,
                    deliveryText.place(), deliveryStart, deliveryStart.plus(Duration.ofHours(2)), WARSAW.getId(), 6,
                    deliveryStart.minus(Duration.ofDays(1)), staffIds, SessionAudience.ALL, List.of(), List.of(),
                    deliveryIdeas, delivery == null ? List.of() : List.of(delivery))));
            as(staff, () -> run(() -> scheduling.publish(id)));
            return id;
        });
        double day = 20;
        for (var login : List.of("customer", "board", "ewa.lis", "pawel.dudek", "agnieszka.pietrzak",
                "michal.grabowski", "zofia.majewska", "adam.olszewski")) {
            Timeline.as(timeline.daysAgo(day), () -> as(user(login), () -> registration.register(full)));
            day -= 2.3;
        }

        // an upcoming online session on the hotline, open to the strategic and growth clients
        var hotlineText = text.hotline();
        var hotline = touchpoint(hotlineText.touchpoint());
        var hotlineStart = today.plusDays(16).atTime(LocalTime.of(8, 0)).atZone(WARSAW).toInstant();
        var segments = people.segments().stream().filter(s -> !s.code().equals("standard")).map(s -> s.id()).toList();
        long online = SeedingTime.at(timeline.daysAgo(12), () -> {
            long id = as(staff, () -> scheduling.create(new SessionDraft(hotlineText.title(),
                    hotlineText.description(), hotlineText.agenda(), SessionFormat.ONLINE,
                    "https://meet.example.com/rada-hotline", null, hotlineStart,
                    hotlineStart.plus(Duration.ofMinutes(90)), WARSAW.getId(), 20, null, staffIds,
                    SessionAudience.CHOSEN, List.of(), segments, List.of(),
                    hotline == null ? List.of() : List.of(hotline))));
            as(staff, () -> run(() -> scheduling.publish(id)));
            return id;
        });
        day = 11;
        for (var login : List.of("ewa.lis", "piotr.mazur", "joanna.krawczyk")) {
            Timeline.as(timeline.daysAgo(day), () -> as(user(login), () -> registration.register(online)));
            day -= 3.5;
        }
    }

    /**
     * A session that took place this many days before installation: announced a month before, the members put
     * on its list, attendance marked after it ended (the last of them did not come), minutes and outcomes the
     * next day (the first two outcomes become ideas on the board), and the attendees' pulse in the days after.
     */
    private void past(Timeline timeline, Session text, int daysAgo, SessionFormat format, int capacity,
                      List<String> attendees, List<String> absent) {
        var staff = user("staff");
        var touchpoint = touchpoint(text.touchpoint());
        var day = LocalDate.ofInstant(timeline.daysAgo(daysAgo), WARSAW);
        var start = day.atTime(LocalTime.of(13, 0)).atZone(WARSAW).toInstant();
        var end = start.plus(Duration.ofHours(2));
        long session = SeedingTime.at(timeline.daysAgo(daysAgo + 30), () -> {
            long id = as(staff, () -> scheduling.create(new SessionDraft(text.title(), text.description(),
                    text.agenda(), format, format == SessionFormat.ON_SITE ? null
                            : "https://meet.example.com/rada-returns", text.place(), start, end, WARSAW.getId(),
                    capacity, null, List.of(staff.personId()), SessionAudience.ALL, List.of(), List.of(), List.of(),
                    touchpoint == null ? List.of() : List.of(touchpoint))));
            as(staff, () -> run(() -> scheduling.publish(id)));
            return id;
        });
        var everyone = new ArrayList<>(attendees);
        everyone.addAll(absent);
        for (int i = 0; i < everyone.size(); i++) {
            var login = everyone.get(i);
            Timeline.as(timeline.daysAgo(daysAgo + 25 - 3 * i), () -> as(staff, () -> run(() ->
                    registration.addToList(session, user(login).personId()))));
        }
        Timeline.as(end.plus(Duration.ofMinutes(20)), () -> as(staff, () -> run(() -> {
            for (var login : attendees) {
                attendance.markAttendance(session, user(login).personId(), Attendance.ATTENDED);
            }
            for (var login : absent) {
                attendance.markAttendance(session, user(login).personId(), Attendance.NO_SHOW);
            }
        })));
        Timeline.as(end.plus(Duration.ofHours(20)), () -> as(staff, () -> run(() -> {
            if (text.minutes() != null) {
                followUp.saveMinutes(session, text.minutes());
            }
            var outcomes = new ArrayList<Long>();
            for (var outcome : listed(text.outcomes())) {
                outcomes.add(followUp.addOutcome(session, outcome.title(), outcome.description()));
            }
            outcomes.stream().limit(2).forEach(followUp::turnIntoIdea);
        })));
        var answers = listed(text.pulse());
        for (int i = 0; i < Math.min(attendees.size(), answers.size()); i++) {
            var answer = answers.get(i);
            var login = attendees.get(i);
            Timeline.as(end.plus(Duration.ofHours(22L + 9 * i)), () -> as(user(login), () -> run(() ->
                    followUp.answerPulse(session, answer))));
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
