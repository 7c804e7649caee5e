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
import app.rada.shared.Language;
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
    private final DemoSettings settings;
    private final Clock clock;

    DemoSessions(SessionSchedulingService scheduling, SessionReadingService reading,
                 SessionRegistrationService registration, SessionAttendanceService attendance,
                 SessionFollowUpService followUp, IdeaService ideas, JourneyService journeys, PeopleService people,
                 DemoSettings settings, Clock clock) {
        this.scheduling = scheduling;
        this.reading = reading;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
        this.ideas = ideas;
        this.journeys = journeys;
        this.people = people;
        this.settings = settings;
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

    void load() {
        boolean pl = settings.language() == Language.PL;
        var staff = user("staff");
        var today = LocalDate.now(clock.withZone(WARSAW));
        var staffIds = List.of(staff.personId());

        // an upcoming workshop on delivery, on site: full, with two on the waitlist
        var delivery = touchpoint(pl ? "Adres i termin dostawy" : "Delivery address and slot");
        var deliveryIdeas = ideaIds(pl ? "Potwierdzenie adresu dostawy przed wysyłką"
                : "Let me confirm the delivery address before dispatch");
        var deliveryStart = today.plusDays(9).atTime(LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
        long full = as(staff, () -> scheduling.create(new SessionDraft(
                pl ? "Warsztat: dostawa, która trafia pod właściwy adres" : "Workshop: deliveries that reach the right door",
                pl ? "Lodówka pojechała na adres z faktury, a kurier przyjeżdżał dwa razy. Chcemy razem z Wami "
                        + "zaprojektować potwierdzenie adresu i okno dostawy, zanim je wdrożymy."
                        : "A fridge went to the invoice address and the courier came twice. We want to design the "
                        + "address check and the delivery window together with you before we build them.",
                pl ? "1. Wasze historie dostaw (20 min)\n2. Mapa: od zamówienia do drzwi (40 min)\n"
                        + "3. Szkice SMS-a i strony zmiany adresu (45 min)\n4. Co sprawdzimy w pilotażu (15 min)"
                        : "1. Your delivery stories (20 min)\n2. The map: from order to door (40 min)\n"
                        + "3. Sketching the text message and the change-address page (45 min)\n"
                        + "4. What the pilot should test (15 min)",
                SessionFormat.ON_SITE, null, pl ? "Biuro w Krakowie, ul. Długa 12, sala Lipowa"
                        : "Kraków office, ul. Długa 12, Linden room",
                deliveryStart, deliveryStart.plus(Duration.ofHours(2)), WARSAW.getId(), 6,
                deliveryStart.minus(Duration.ofDays(1)), staffIds, SessionAudience.ALL, List.of(), List.of(),
                deliveryIdeas, delivery == null ? List.of() : List.of(delivery))));
        as(staff, () -> run(() -> scheduling.publish(full)));
        for (var login : List.of("customer", "board", "ewa.lis", "pawel.dudek", "agnieszka.pietrzak",
                "michal.grabowski", "zofia.majewska", "adam.olszewski")) {
            as(user(login), () -> registration.register(full));
        }

        // an upcoming online session on the hotline, open to the strategic and growth clients
        var hotline = touchpoint(pl ? "Infolinia przed 9:00" : "Hotline before 9 a.m.");
        var hotlineStart = today.plusDays(16).atTime(LocalTime.of(8, 0)).atZone(WARSAW).toInstant();
        var segments = people.segments().stream().filter(s -> !s.code().equals("standard")).map(s -> s.id()).toList();
        long online = as(staff, () -> scheduling.create(new SessionDraft(
                pl ? "Online: infolinia przed 9:00" : "Online: the hotline before 9 a.m.",
                pl ? "Dzwonicie przed dziewiątą i nikt nie odbiera. Pokażcie nam, czego wtedy potrzebujecie."
                        : "You call before nine and nobody answers. Show us what you need at that hour.",
                pl ? "- Krótko o danych z centrali\n- Trzy scenariusze: awaria, zamówienie, faktura\n- Głosowanie kropkami"
                        : "- A short look at the call data\n- Three scenarios: breakdown, order, invoice\n- Dot voting",
                SessionFormat.ONLINE, "https://meet.example.com/rada-hotline", null, hotlineStart,
                hotlineStart.plus(Duration.ofMinutes(90)), WARSAW.getId(), 20, null, staffIds, SessionAudience.CHOSEN,
                List.of(), segments, List.of(), hotline == null ? List.of() : List.of(hotline))));
        as(staff, () -> run(() -> scheduling.publish(online)));
        for (var login : List.of("ewa.lis", "piotr.mazur", "joanna.krawczyk")) {
            as(user(login), () -> registration.register(online));
        }

        // a past workshop on invoices and returns: minutes, attendance, outcomes turned into ideas, pulse
        var invoice = touchpoint(pl ? "Faktura, gwarancja i zwroty" : "Invoice, warranty and returns");
        var pastStart = today.minusDays(12).atTime(LocalTime.of(13, 0)).atZone(WARSAW).toInstant();
        long past = as(staff, () -> scheduling.create(new SessionDraft(
                pl ? "Warsztat: faktury i zwroty bez nerwów" : "Workshop: invoices and returns without the stress",
                pl ? "Faktura firmowa i zasady zwrotu budzą najwięcej pytań po zakupie. Szukamy prostszej drogi."
                        : "The company invoice and the return rules raise the most questions after a purchase. "
                        + "We look for a simpler path.",
                pl ? "1. Gdzie się gubicie (mapa)\n2. Jak wygląda idealny zwrot\n3. Priorytety"
                        : "1. Where you get lost (the map)\n2. What an ideal return looks like\n3. Priorities",
                SessionFormat.HYBRID, "https://meet.example.com/rada-returns",
                pl ? "Biuro w Warszawie, ul. Prosta 5" : "Warsaw office, ul. Prosta 5", pastStart,
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
            followUp.saveMinutes(past, pl
                    ? "**Obecni:** pięcioro klientów, dwie osoby z obsługi klienta.\n\n"
                    + "- Faktura firmowa przychodzi osobno i często bez numeru zamówienia.\n"
                    + "- Nikt nie wiedział, że zwrot można zgłosić przez stronę.\n"
                    + "- Najbardziej boli czekanie na kuriera po odbiór zwrotu."
                    : "**Present:** five customers, two people from customer service.\n\n"
                    + "- The company invoice arrives separately and often without the order number.\n"
                    + "- Nobody knew a return can be started on the website.\n"
                    + "- Waiting for the courier to collect a return hurts the most.");
            long first = followUp.addOutcome(past, pl ? "Numer zamówienia na każdej fakturze"
                    : "Order number on every invoice", pl
                    ? "Klienci firmowi łączą fakturę z zamówieniem po numerze. Dodajmy go na fakturze i w nazwie pliku."
                    : "Business customers match the invoice to the order by its number. Put it on the invoice and in "
                    + "the file name.");
            long second = followUp.addOutcome(past, pl ? "Zwrot zgłaszany w dwóch krokach online"
                    : "Start a return online in two steps", pl
                    ? "Przycisk „Zwróć” przy zamówieniu, wybór terminu odbioru, gotowe."
                    : "A \"Return\" button next to the order, pick a collection slot, done.");
            followUp.addOutcome(past, pl ? "Lepsza strona o zasadach zwrotu" : "A clearer returns policy page", pl
                    ? "Zasady w pięciu punktach zamiast trzech stron regulaminu."
                    : "The rules in five points instead of three pages of terms.");
            followUp.turnIntoIdea(first);
            followUp.turnIntoIdea(second);
        }));
        var answers = List.of(new PulseAnswer(6, 10, pl ? "Świetnie prowadzone, dziękuję!" : "Very well run, thank you!"),
                new PulseAnswer(5, 9, null),
                new PulseAnswer(4, 7, pl ? "Za mało czasu na priorytety." : "Not enough time for the priorities."),
                new PulseAnswer(7, 9, null),
                new PulseAnswer(3, 5, pl ? "Dojazd na miejsce był trudny." : "Getting to the office was hard."));
        for (int i = 0; i < attendees.size(); i++) {
            var answer = answers.get(i);
            as(user(attendees.get(i)), () -> run(() -> followUp.answerPulse(past, answer)));
        }
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

    private List<Long> ideaIds(String... titles) {
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
