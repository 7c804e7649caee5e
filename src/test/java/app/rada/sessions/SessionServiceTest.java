package app.rada.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class SessionServiceTest extends SessionTestBase {

    @Autowired
    ApplicationEvents events;

    @Autowired
    IdeaService ideas;

    @Test
    void a_draft_is_for_staff_until_it_is_published_and_then_its_audience_sees_it() {
        long id = as("staff@rada.demo", () -> scheduling.create(draft("Draft check", 10)));
        asDo("customer@rada.demo", () -> {
            assertThatThrownBy(() -> reading.details(id)).isInstanceOf(NoSuchElementException.class);
            assertThat(reading.list(SessionList.UPCOMING, 0, 100)).extracting(SessionRow::id).doesNotContain(id);
            assertThatThrownBy(() -> reading.list(SessionList.DRAFTS, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registration.register(id)).isInstanceOf(NoSuchElementException.class);
        });
        asDo("staff@rada.demo", () -> {
            assertThat(reading.list(SessionList.DRAFTS, 0, 100)).extracting(SessionRow::id).contains(id);
            scheduling.publish(id);
            assertThatThrownBy(() -> scheduling.publish(id)).hasMessage("sessions.problem.not-draft");
        });
        assertThat(events.stream(SessionScheduled.class).filter(e -> e.sessionId() == id)).hasSize(1);
        asDo("customer@rada.demo", () -> {
            assertThat(reading.list(SessionList.UPCOMING, 0, 100)).extracting(SessionRow::id).contains(id);
            var details = reading.details(id);
            assertThat(details.status()).isEqualTo(SessionStatus.SCHEDULED);
            assertThat(details.attendanceCode()).as("the code is for staff").isNull();
            assertThat(details.agendaHtml()).contains("<strong>Stories</strong>");
        });
    }

    @Test
    void a_session_is_checked_before_it_is_saved() {
        asDo("staff@rada.demo", () -> {
            var ok = draft("Checks", 10);
            assertThatThrownBy(() -> scheduling.create(new SessionDraft(ok.title(), "", "", SessionFormat.ONLINE, null,
                    null, ok.startsAt(), ok.endsAt(), "Europe/Warsaw", 10, null, List.of(), SessionAudience.ALL,
                    List.of(), List.of(), List.of(), List.of()))).hasMessage("sessions.problem.link-needed");
            assertThatThrownBy(() -> scheduling.create(new SessionDraft(ok.title(), "", "", SessionFormat.ONLINE,
                    "javascript:alert(1)", null, ok.startsAt(), ok.endsAt(), "Europe/Warsaw", 10, null, List.of(),
                    SessionAudience.ALL, List.of(), List.of(), List.of(), List.of()))).hasMessage("sessions.problem.link");
            assertThatThrownBy(() -> scheduling.create(new SessionDraft(ok.title(), "", "", SessionFormat.ON_SITE, null,
                    " ", ok.startsAt(), ok.endsAt(), "Europe/Warsaw", 10, null, List.of(), SessionAudience.ALL,
                    List.of(), List.of(), List.of(), List.of()))).hasMessage("sessions.problem.address-needed");
            assertThatThrownBy(() -> scheduling.create(new SessionDraft(ok.title(), "", "", SessionFormat.ONLINE, LINK,
                    null, ok.endsAt(), ok.startsAt(), "Europe/Warsaw", 10, null, List.of(), SessionAudience.ALL,
                    List.of(), List.of(), List.of(), List.of()))).hasMessage("sessions.problem.times");
            assertThatThrownBy(() -> scheduling.create(new SessionDraft(ok.title(), "", "", SessionFormat.ONLINE, LINK,
                    null, ok.startsAt(), ok.endsAt(), "Mars/Olympus", 10, null, List.of(), SessionAudience.ALL,
                    List.of(), List.of(), List.of(), List.of()))).hasMessage("sessions.problem.zone");
            assertThatThrownBy(() -> scheduling.create(draft("Nobody chosen", 10, ok.startsAt(), SessionAudience.CHOSEN,
                    List.of(), List.of()))).hasMessage("sessions.problem.audience");
            assertThatThrownBy(() -> scheduling.create(draft("No seats", 0))).hasMessage("sessions.problem.capacity");
        });
    }

    @Test
    void registering_takes_a_seat_with_a_calendar_entry_and_a_full_session_puts_members_on_the_waitlist() {
        long id = scheduled(draft("Seats check", 2));
        var first = freshMember(Role.CUSTOMER, Language.EN);
        var second = freshMember(Role.CUSTOMER, Language.PL);
        var third = freshMember(Role.CUSTOMER, Language.EN);

        assertThat(as(first, () -> registration.register(id))).isEqualTo(new RegistrationResult(RegistrationState.REGISTERED, 0));
        assertThat(as(second, () -> registration.register(id)).state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(as(third, () -> registration.register(id))).isEqualTo(new RegistrationResult(RegistrationState.WAITLISTED, 1));
        // registering again changes nothing
        assertThat(as(first, () -> registration.register(id)).state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(jdbc.queryForObject("select count(*) from design_session_registration where session_id = ?",
                Integer.class, id)).isEqualTo(3);
        assertThat(events.stream(SessionRegistered.class).filter(e -> e.sessionId() == id))
                .extracting(SessionRegistered::waitlisted).containsExactly(false, false, true);

        assertThat(subjects(first)).contains("You are registered: Seats check");
        assertThat(subjects(second)).contains("Masz miejsce: Seats check");
        assertThat(calendarMails(first, id)).singleElement().satisfies(ics -> assertThat(ics)
                .contains("METHOD:REQUEST", "UID:session-" + id + "@rada", "SEQUENCE:0", "TZID:Europe/Warsaw", LINK));
        assertThat(calendarMails(third, id)).as("nothing for the calendar while waiting").isEmpty();
        var details = as(third, () -> reading.details(id));
        assertThat(details.myState()).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(details.myWaitlistPosition()).isEqualTo(1);
        assertThat(details.seatsLeft()).isZero();
    }

    @Test
    void a_freed_seat_goes_to_the_first_on_the_waitlist_who_is_told_and_the_one_who_left_gets_a_cancellation() {
        long id = scheduled(draft("Waitlist check", 1));
        var seated = freshMember(Role.CUSTOMER, Language.EN);
        var firstWaiting = freshMember(Role.CUSTOMER, Language.EN);
        var secondWaiting = freshMember(Role.CUSTOMER, Language.EN);
        as(seated, () -> registration.register(id));
        as(firstWaiting, () -> registration.register(id));
        as(secondWaiting, () -> registration.register(id));

        asDo(seated, () -> registration.cancelRegistration(id));

        assertThat(state(id, seated)).isEqualTo("CANCELLED");
        assertThat(state(id, firstWaiting)).isEqualTo("REGISTERED");
        assertThat(state(id, secondWaiting)).isEqualTo("WAITLISTED");
        assertThat(as(secondWaiting, () -> reading.details(id)).myWaitlistPosition()).isEqualTo(1);
        assertThat(events.stream(SessionSeatOffered.class).filter(e -> e.sessionId() == id))
                .extracting(SessionSeatOffered::personId).containsExactly(user(firstWaiting).personId());
        assertThat(events.stream(SessionRegistrationCancelled.class).filter(e -> e.sessionId() == id)).hasSize(1);
        assertThat(subjects(firstWaiting)).contains("A seat is yours: Waitlist check");
        assertThat(calendarMails(firstWaiting, id)).singleElement().satisfies(ics -> assertThat(ics)
                .contains("METHOD:REQUEST", "STATUS:CONFIRMED"));
        var seatedEntries = calendarMails(seated, id);
        assertThat(seatedEntries).hasSize(2);
        assertThat(seatedEntries.getLast()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1");
        assertThat(jdbc.queryForObject("select registered_count from design_session where id = ?", Integer.class, id))
                .isEqualTo(1);

        // coming back after giving up the seat: the calendar entry's sequence keeps rising
        as(seated, () -> registration.register(id));
        assertThat(state(id, seated)).isEqualTo("WAITLISTED");
        asDo(firstWaiting, () -> registration.cancelRegistration(id));
        assertThat(state(id, secondWaiting)).as("arrival order decides").isEqualTo("REGISTERED");
        assertThatThrownBy(() -> asDo(firstWaiting, () -> registration.cancelRegistration(id)))
                .hasMessage("sessions.problem.not-registered");
    }

    @Test
    void a_change_reaches_the_registered_with_a_higher_sequence_and_more_seats_go_to_the_waitlist() {
        var d = draft("Change check", 1);
        long id = scheduled(d);
        var seated = freshMember(Role.CUSTOMER, Language.EN);
        var waiting = freshMember(Role.CUSTOMER, Language.EN);
        as(seated, () -> registration.register(id));
        as(waiting, () -> registration.register(id));

        var later = d.startsAt().plus(Duration.ofHours(1));
        asDo("staff@rada.demo", () -> scheduling.update(id, new SessionDraft(d.title(), d.purpose(), d.agenda(),
                d.format(), d.meetingUrl(), null, later, later.plus(Duration.ofHours(2)), d.timeZone(), 2, null,
                List.of(), SessionAudience.ALL, List.of(), List.of(), List.of(), List.of())));

        assertThat(state(id, waiting)).isEqualTo("REGISTERED");
        assertThat(calendarMails(seated, id).getLast()).contains("SEQUENCE:1", "METHOD:REQUEST");
        assertThat(subjects(seated)).contains("Session changed: Change check");
        assertThat(calendarMails(waiting, id)).singleElement().satisfies(ics -> assertThat(ics).contains("SEQUENCE:1"));
        assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId() == id))
                .containsExactly(new SessionChanged(id, false));
        assertThatThrownBy(() -> asDo("staff@rada.demo", () -> scheduling.update(id, draft("Change check", 1))))
                .hasMessage("sessions.problem.capacity-below");
    }

    @Test
    void cancelling_a_session_sends_everyone_registered_a_cancellation_that_replaces_their_entry() {
        long id = scheduled(draft("Cancel check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        assertThatThrownBy(() -> asDo("staff@rada.demo", () -> scheduling.cancel(id, " ")))
                .hasMessage("sessions.problem.reason", SessionSchedulingService.REASON_MAX);
        asDo("staff@rada.demo", () -> scheduling.cancel(id, "The room flooded."));

        assertThat(calendarMails(member, id).getLast()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1",
                "UID:session-" + id + "@rada");
        assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId() == id))
                .containsExactly(new SessionChanged(id, true));
        var details = as(member, () -> reading.details(id));
        assertThat(details.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(details.cancelReason()).isEqualTo("The room flooded.");
        assertThatThrownBy(() -> as(member, () -> registration.register(id))).hasMessage("sessions.problem.not-open");
        // someone who never registered does not find it any more
        assertThatThrownBy(() -> as("board@rada.demo", () -> reading.details(id)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_board_only_session_is_refused_to_customers_in_lists_pages_registration_and_the_link() {
        var start = Instant.now().plus(Duration.ofDays(4));
        long id = scheduled(draft("Board only check", 5, start, SessionAudience.BOARD, List.of(), List.of()));
        asDo("customer@rada.demo", () -> {
            assertThat(reading.list(SessionList.UPCOMING, 0, 100)).extracting(SessionRow::id).doesNotContain(id);
            assertThat(reading.between(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))))
                    .extracting(SessionRow::id).doesNotContain(id);
            assertThatThrownBy(() -> reading.details(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registration.register(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reading.meetingLink(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reading.calendarFile(id)).isInstanceOf(AccessDeniedException.class);
        });
        asDo("board@rada.demo", () -> {
            assertThat(reading.list(SessionList.UPCOMING, 0, 100)).extracting(SessionRow::id).contains(id);
            assertThat(registration.register(id).state()).isEqualTo(RegistrationState.REGISTERED);
        });
    }

    @Test
    void a_session_for_chosen_organisations_and_segments_admits_only_their_members() {
        var growth = jdbc.queryForObject("select id from segment where code = 'growth'", Long.class);
        var hotel = jdbc.queryForObject("select id from organisation where name = 'Hotel Pod Lipami'", Long.class);
        long id = scheduled(draft("Chosen check", 5, Instant.now().plus(Duration.ofDays(4)), SessionAudience.CHOSEN,
                List.of(hotel), List.of(growth)));
        // the bakery (growth segment), the accounting office (growth) and the hotel (chosen) are in
        assertThat(as("customer@rada.demo", () -> registration.register(id)).state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(as("joanna.krawczyk@rada.demo", () -> reading.details(id)).title()).isEqualTo("Chosen check");
        assertThat(as("ewa.lis@rada.demo", () -> reading.list(SessionList.UPCOMING, 0, 100)))
                .extracting(SessionRow::id).contains(id);
        // the clinic (strategic, not chosen) and the café (standard) are out
        assertThatThrownBy(() -> as("piotr.mazur@rada.demo", () -> registration.register(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("krzysztof.kaczmarek@rada.demo", () -> reading.list(SessionList.UPCOMING, 0, 100)))
                .extracting(SessionRow::id).doesNotContain(id);
        assertThatThrownBy(() -> as("krzysztof.kaczmarek@rada.demo", () -> reading.details(id)))
                .isInstanceOf(AccessDeniedException.class);
        var staffView = as("staff@rada.demo", () -> reading.details(id));
        assertThat(staffView.audienceNames()).contains("Hotel Pod Lipami", "Growth");
    }

    @Test
    void the_meeting_link_is_only_for_registered_attendees_also_in_the_service() {
        long id = scheduled(draft("Link check", 1));
        var seated = freshMember(Role.CUSTOMER, Language.EN);
        var waiting = freshMember(Role.CUSTOMER, Language.EN);
        assertThat(as(seated, () -> reading.details(id)).meetingUrl()).isNull();
        assertThatThrownBy(() -> as(seated, () -> reading.meetingLink(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(seated, () -> reading.calendarFile(id))).doesNotContain(LINK);

        as(seated, () -> registration.register(id));
        as(waiting, () -> registration.register(id));
        assertThat(as(seated, () -> reading.details(id)).meetingUrl()).isEqualTo(LINK);
        assertThat(as(seated, () -> reading.meetingLink(id))).contains(LINK);
        assertThat(as(seated, () -> reading.calendarFile(id))).contains(LINK);
        assertThat(as(waiting, () -> reading.details(id)).meetingUrl()).isNull();
        assertThatThrownBy(() -> as(waiting, () -> reading.meetingLink(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("staff@rada.demo", () -> reading.meetingLink(id))).contains(LINK);
    }

    @Test
    void staff_check_attendees_in_and_attendees_check_in_with_the_code_only_while_the_session_runs() {
        long id = scheduled(draft("Check-in check", 5));
        var byStaff = freshMember(Role.CUSTOMER, Language.EN);
        var byCode = freshMember(Role.CUSTOMER, Language.EN);
        var outsider = freshMember(Role.CUSTOMER, Language.EN);
        as(byStaff, () -> registration.register(id));
        as(byCode, () -> registration.register(id));
        var code = code(id);
        assertThat(code).matches("[A-Z2-9]{6}");

        // three days ahead: too early for both ways
        assertThatThrownBy(() -> asDo(byCode, () -> attendance.checkIn(id, code)))
                .hasMessage("sessions.problem.check-in-closed");
        assertThatThrownBy(() -> asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(byStaff).personId(),
                Attendance.ATTENDED))).hasMessage("sessions.problem.check-in-early");

        startsIn(id, Duration.ofMinutes(20), Duration.ofHours(2));
        asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(byStaff).personId(), Attendance.ATTENDED));
        assertThatThrownBy(() -> asDo(byCode, () -> attendance.checkIn(id, "WRONG1"))).hasMessage("sessions.problem.code-wrong");
        assertThat(jdbc.queryForObject("select code_attempts from design_session_registration where session_id = ? "
                + "and person_id = ?", Integer.class, id, user(byCode).personId())).as("a wrong code counts").isEqualTo(1);
        asDo(byCode, () -> attendance.checkIn(id, " " + code.toLowerCase() + " "));
        assertThatThrownBy(() -> asDo(outsider, () -> attendance.checkIn(id, code)))
                .hasMessage("sessions.problem.check-in-not-registered");
        assertThatThrownBy(() -> asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(outsider).personId(),
                Attendance.ATTENDED))).hasMessage("sessions.problem.attendee-not-registered");

        var attendees = as("staff@rada.demo", () -> attendance.attendees(id, 0, 10));
        assertThat(attendees).extracting(Attendee::attendance).containsOnly(Attendance.ATTENDED);
        assertThat(attendees).extracting(Attendee::byCode).containsExactly(false, true);
        assertThat(events.stream(SessionAttended.class).filter(e -> e.sessionId() == id)).hasSize(2);

        // more than two hours after the end, the code no longer works
        startsIn(id, Duration.ofHours(-5), Duration.ofHours(2));
        var late = freshMember(Role.CUSTOMER, Language.EN);
        asDo("staff@rada.demo", () -> registration.addToList(id, user(late).personId()));
        assertThatThrownBy(() -> asDo(late, () -> attendance.checkIn(id, code))).hasMessage("sessions.problem.check-in-closed");
    }

    @Test
    void after_ten_wrong_codes_a_member_must_ask_staff() {
        long id = scheduled(draft("Code limit check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        startsIn(id, Duration.ofMinutes(-5), Duration.ofHours(1));
        for (int i = 0; i < SessionRules.CODE_ATTEMPTS_MAX; i++) {
            assertThatThrownBy(() -> asDo(member, () -> attendance.checkIn(id, "AAAAAA"))).isInstanceOf(Problem.class);
        }
        assertThatThrownBy(() -> asDo(member, () -> attendance.checkIn(id, code(id))))
                .hasMessage("sessions.problem.code-attempts");
    }

    @Test
    void an_outcome_becomes_an_idea_linked_to_the_session_and_its_first_touchpoint() {
        var touchpoint = jdbc.queryForObject("select min(id) from journey_touchpoint", Long.class);
        var d = draft("Outcome check", 5);
        long id = scheduled(new SessionDraft(d.title(), d.purpose(), d.agenda(), d.format(), d.meetingUrl(), null,
                d.startsAt(), d.endsAt(), d.timeZone(), 5, null, List.of(), SessionAudience.ALL, List.of(), List.of(),
                List.of(), List.of(touchpoint)));
        long outcome = as("staff@rada.demo", () -> followUp.addOutcome(id, "Text the courier's arrival time",
                "Customers want a **text** an hour before the courier arrives."));
        assertThatThrownBy(() -> as("staff@rada.demo", () -> followUp.addOutcome(id, "No", "x")))
                .hasMessage("sessions.problem.outcome-title");
        long ideaId = as("staff@rada.demo", () -> followUp.turnIntoIdea(outcome));

        var idea = as("customer@rada.demo", () -> ideas.summary(ideaId)).orElseThrow();
        assertThat(idea.title()).isEqualTo("Text the courier's arrival time");
        assertThat(idea.touchpointId()).isEqualTo(touchpoint);
        assertThat(idea.authorId()).isEqualTo(staff().personId());
        assertThat(as("customer@rada.demo", () -> ideas.page(ideaId)).descriptionHtml())
                .contains("<strong>text</strong>", "Outcome check");
        assertThat(events.stream(SessionOutcomeRecorded.class).filter(e -> e.sessionId() == id))
                .containsExactly(new SessionOutcomeRecorded(id, outcome, null), new SessionOutcomeRecorded(id, outcome, ideaId));
        assertThat(as("customer@rada.demo", () -> reading.details(id)).outcomes()).singleElement()
                .satisfies(o -> assertThat(o.ideaId()).isEqualTo(ideaId));
        assertThatThrownBy(() -> as("staff@rada.demo", () -> followUp.turnIntoIdea(outcome)))
                .hasMessage("sessions.problem.already-idea");

        // the idea's page names the session to members who may open it
        assertThat(as("customer@rada.demo", () -> ideas.links(ideaId)))
                .anySatisfy(l -> assertThat(l.labelKey()).isEqualTo("sessions.idea-link"));
    }

    @Test
    void an_idea_page_does_not_name_a_session_outside_the_members_audience() {
        var ideaId = jdbc.queryForObject("select min(id) from idea where visibility = 'MEMBERS'", Long.class);
        var d = draft("Board ideas check", 5, Instant.now().plus(Duration.ofDays(5)), SessionAudience.BOARD, List.of(),
                List.of());
        scheduled(new SessionDraft(d.title(), d.purpose(), d.agenda(), d.format(), d.meetingUrl(), null, d.startsAt(),
                d.endsAt(), d.timeZone(), 5, null, List.of(), SessionAudience.BOARD, List.of(), List.of(),
                List.of(ideaId), List.of()));
        assertThat(as("board@rada.demo", () -> ideas.links(ideaId))).extracting(l -> l.title()).contains("Board ideas check");
        assertThat(as("customer@rada.demo", () -> ideas.links(ideaId))).extracting(l -> l.title())
                .doesNotContain("Board ideas check");
    }

    @Test
    void attendees_answer_the_pulse_once_each_after_the_session_and_staff_read_ces_and_nps() {
        long id = scheduled(draft("Pulse check", 10));
        var members = List.of(freshMember(Role.CUSTOMER, Language.EN), freshMember(Role.CUSTOMER, Language.EN),
                freshMember(Role.CUSTOMER, Language.EN), freshMember(Role.CUSTOMER, Language.EN));
        var absent = freshMember(Role.CUSTOMER, Language.EN);
        members.forEach(m -> as(m, () -> registration.register(id)));
        as(absent, () -> registration.register(id));
        startsIn(id, Duration.ofMinutes(-30), Duration.ofMinutes(20));
        asDo("staff@rada.demo", () -> members.forEach(m -> attendance.markAttendance(id, user(m).personId(),
                Attendance.ATTENDED)));
        asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(absent).personId(), Attendance.NO_SHOW));

        assertThatThrownBy(() -> asDo(absent, () -> followUp.answerPulse(id, new PulseAnswer(5, 9, null))))
                .hasMessage("sessions.problem.pulse-not-attended");
        assertThatThrownBy(() -> asDo(members.get(0), () -> followUp.answerPulse(id, new PulseAnswer(8, 9, null))))
                .hasMessage("sessions.problem.pulse-range");
        var scores = List.of(10, 9, 7, 5);
        for (int i = 0; i < members.size(); i++) {
            int score = scores.get(i);
            asDo(members.get(i), () -> followUp.answerPulse(id, new PulseAnswer(3, 2, null)));
            // changing the answer keeps one per person
            asDo(members.get(i), () -> followUp.answerPulse(id, new PulseAnswer(score == 5 ? 2 : 6, score,
                    score == 5 ? "Too long" : " ")));
        }
        assertThat(as(members.get(0), () -> reading.details(id)).myPulse()).contains(new PulseAnswer(6, 10, null));
        var results = as("staff@rada.demo", () -> followUp.pulseResults(id));
        assertThat(results.answers()).isEqualTo(4);
        assertThat(results.averageEffort()).isEqualTo(5.0);
        assertThat(results.averageRecommend()).isEqualTo(7.75);
        assertThat(results.promoters()).isEqualTo(2);
        assertThat(results.detractors()).isEqualTo(1);
        assertThat(results.nps()).isEqualTo(25);
        assertThat(results.comments()).containsExactly("Too long");
        assertThat(events.stream(SessionPulseAnswered.class).filter(e -> e.sessionId() == id)).hasSize(8);

        var figures = as("staff@rada.demo", () -> followUp.pulseFigures(Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofMinutes(1))));
        assertThat(figures.sessions()).isGreaterThanOrEqualTo(1);
        assertThat(figures.pulse().answers()).isGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> as("customer@rada.demo", () -> followUp.pulseFigures(Instant.EPOCH, Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_pulse_opens_only_when_the_session_is_over() {
        long id = scheduled(draft("Early pulse check", 10));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        startsIn(id, Duration.ofMinutes(-10), Duration.ofHours(1));
        asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(member).personId(), Attendance.ATTENDED));
        assertThatThrownBy(() -> asDo(member, () -> followUp.answerPulse(id, new PulseAnswer(5, 9, null))))
                .hasMessage("sessions.problem.pulse-early");
        assertThat(as(member, () -> reading.details(id)).canAnswerPulse()).isFalse();
    }

    @Test
    void reminders_go_24_hours_and_1_hour_before_once_each_however_often_the_clock_runs() {
        long id = scheduled(draft("Reminder check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        var other = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        as(other, () -> registration.register(id));

        startsIn(id, Duration.ofHours(23), Duration.ofHours(2));
        asDo("admin@rada.demo", () -> reminders.sendReminders());
        asDo("admin@rada.demo", () -> reminders.sendReminders());
        assertThat(reminders(id)).containsExactlyInAnyOrder(user(member).personId() + ":24H",
                user(other).personId() + ":24H");
        startsIn(id, Duration.ofMinutes(50), Duration.ofHours(2));
        asDo("admin@rada.demo", () -> reminders.sendReminders());
        asDo("admin@rada.demo", () -> reminders.sendReminders());
        assertThat(events.stream(SessionReminderDue.class).filter(e -> e.sessionId() == id))
                .extracting(SessionReminderDue::hoursBefore).containsExactlyInAnyOrder(24, 24, 1, 1);
        assertThatThrownBy(() -> asDo("staff@rada.demo", () -> reminders.sendReminders()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> reminders(long sessionId) {
        return jdbc.queryForList("select person_id || ':' || kind from design_session_reminder where session_id = ?",
                String.class, sessionId);
    }

    @Test
    void staff_export_the_attendee_list_as_csv_under_english_column_names() {
        long id = scheduled(draft("Export check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        var out = new StringWriter();
        asDo("staff@rada.demo", () -> attendance.exportCsv(id, Locale.ENGLISH, out));
        var lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Name,E-mail,Organisation,Registration,Place on the waitlist,"
                + "Registered at,Attendance,Attendance confirmed at,Confirmed by");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(member, "Piekarnia Złoty Kłos", "REGISTERED"));
    }

    @Test
    void a_polish_reader_gets_the_attendee_list_with_polish_column_names_stable_codes_and_formulas_defused() {
        long id = scheduled(draft("Eksport listy", 5));
        var member = freshMember(Role.CUSTOMER, Language.PL);
        jdbc.update("update person set name = '=HYPERLINK(1)' where email = ?", member);
        as(member, () -> registration.register(id));
        var out = new StringWriter();
        asDo("staff@rada.demo", () -> attendance.exportCsv(id, Locale.forLanguageTag("pl"), out));
        var lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Imię i nazwisko,E-mail,Organizacja,Zapis,Miejsce na liście rezerwowej,"
                + "Zapisano,Obecność,Obecność potwierdzono,Kto potwierdził");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'=HYPERLINK(1),").contains(member, "REGISTERED"));
    }

    @Test
    void customers_are_refused_every_staff_action_by_the_service() {
        long id = scheduled(draft("Refusal check", 5));
        asDo("customer@rada.demo", () -> {
            assertThatThrownBy(() -> scheduling.create(draft("Mine", 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scheduling.update(id, draft("Mine", 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scheduling.cancel(id, "No")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.attendees(id, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.exportCsv(id, Locale.ENGLISH, new StringWriter())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.markAttendance(id, 1, Attendance.ATTENDED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.messageRegistrants(id, "Hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> followUp.addOutcome(id, "An outcome", "Text")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> followUp.saveMinutes(id, "Minutes")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> followUp.pulseResults(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scheduling.draft(id)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void the_demo_programme_has_a_full_session_with_a_waitlist_an_online_one_and_a_past_one_with_its_follow_up() {
        asDo("staff@rada.demo", () -> {
            var upcoming = reading.list(SessionList.UPCOMING, 0, 100);
            var full = upcoming.stream().filter(r -> r.title().startsWith("Workshop: deliveries")).findFirst().orElseThrow();
            assertThat(full.seatsLeft()).isZero();
            assertThat(reading.details(full.id()).waitlisted()).isEqualTo(2);
            assertThat(upcoming).anySatisfy(r -> assertThat(r.format()).isEqualTo(SessionFormat.ONLINE));
            var past = reading.list(SessionList.PAST, 0, 100).stream()
                    .filter(r -> r.title().startsWith("Workshop: invoices")).findFirst().orElseThrow();
            var details = reading.details(past.id());
            assertThat(details.minutesHtml()).contains("<strong>Present:</strong>");
            assertThat(details.outcomes()).hasSize(3);
            assertThat(details.outcomes().stream().filter(o -> o.ideaId() != null)).hasSize(2);
            assertThat(details.touchpointIds()).hasSize(1);
            var pulse = followUp.pulseResults(past.id());
            assertThat(pulse.answers()).isEqualTo(5);
            assertThat(pulse.nps()).isEqualTo(40);
            assertThat(attendance.attendees(past.id(), 0, 10)).filteredOn(a -> a.attendance() == Attendance.ATTENDED)
                    .hasSize(5);
        });
    }
}
