package app.rada.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.sessions.Attendance;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.shared.ui.NotFoundView;
import app.rada.shared.ui.RefusedView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class SessionViewsTest extends SessionTestBase {

    private SessionView open(long id) {
        UI.getCurrent().navigate(SessionNavigation.session(id));
        return _get(SessionView.class);
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private String html(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement()
                .getProperty("innerHTML", "");
    }

    /** Clicks a check-in button in the attendee list, where Karibu finds it in its cell. */
    private void clickInList(SessionView page, String buttonId) {
        for (int row = 0; row < GridKt._size(page.staff.attendees); row++) {
            var cell = GridKt._getCellComponent(page.staff.attendees, row, "check-in");
            var found = cell.getChildren().filter(c -> buttonId.equals(c.getId().orElse(null))).findFirst();
            if (found.isPresent()) {
                _click((Button) found.get());
                return;
            }
        }
        throw new AssertionError("No button " + buttonId);
    }

    @Test
    void staff_schedule_a_session_in_the_editor_and_publish_it() {
        loginAs("staff");
        UI.getCurrent().navigate("sessions");
        _click(_get(Button.class, spec -> spec.withId("sessions-new")));
        var editor = _get(SessionEditorView.class);
        editor.title.setValue("Editor check: returns at home");
        editor.purpose.setValue("Returning a washing machine should not need a trip to the post office.");
        editor.agenda.setValue("1. Stories\n2. **Sketches**");
        editor.format.setValue(SessionFormat.HYBRID);
        editor.meetingUrl.setValue("https://meet.example.com/returns");
        editor.address.setValue("Kraków, ul. Długa 12");
        editor.zone.setValue("Europe/Warsaw");
        var start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
        editor.startsAt.setValue(start);
        editor.endsAt.setValue(start.minusHours(1));
        editor.capacity.setValue(8);
        _click(editor.save);
        assertThat(editor.error.getText()).isEqualTo("The session must end after it starts.");
        editor.endsAt.setValue(start.plusHours(2));
        _click(editor.save);

        var page = _get(SessionView.class);
        var id = page.session().id();
        assertThat(page.session().status().name()).isEqualTo("DRAFT");
        assertThat(page.session().startsAt()).isEqualTo(start.atZone(ZoneId.of("Europe/Warsaw")).toInstant());
        assertThat(html("session-agenda")).contains("<strong>Sketches</strong>");
        _click(page.staff.publish);
        assertThat(_get(SessionView.class).session().status().name()).isEqualTo("SCHEDULED");
        assertThat(text("session-attendance-code")).matches("Attendance code: [A-Z2-9]{6}");

        loginAs("customer");
        UI.getCurrent().navigate("sessions");
        var list = _get(SessionsView.class);
        assertThat(GridKt._findAll(list.upcoming)).anySatisfy(r -> assertThat(r.id()).isEqualTo(id));
        assertThat(list.drafts).isNull();
        assertThat(list.create).isNull();
    }

    @Test
    void the_editor_starts_from_a_journey_touchpoint_when_asked_to_plan_a_session_about_it() {
        var touchpoint = jdbc.queryForObject(
                "select min(touchpoint_id) from journey_annotation where organisation_id is not null", Long.class);
        var name = jdbc.queryForObject("select name from journey_touchpoint where id = ?", String.class, touchpoint);
        var idea = jdbc.queryForObject("select min(id) from idea where visibility = 'MEMBERS'", Long.class);
        loginAs("staff");
        UI.getCurrent().navigate("sessions/edit",
                QueryParameters.fromString("touchpoint=" + touchpoint + "&idea=" + idea));
        var editor = _get(SessionEditorView.class);
        assertThat(editor.title.getValue()).isEqualTo("Design session: " + name);
        assertThat(editor.touchpoints.getValue()).extracting(SessionEditorView.Option::id).containsExactly(touchpoint);
        assertThat(editor.linkedIdeas.getValue()).extracting(SessionEditorView.Option::id).containsExactly(idea);
        assertThat(editor.facilitators.getValue()).extracting(p -> p.id()).containsExactly(staff().personId());
        // its audience: the organisations whose people annotated that touchpoint
        var annotators = jdbc.queryForList("""
                select a.organisation_id from journey_annotation a where a.touchpoint_id = ?
                  and a.organisation_id is not null
                union
                select r.organisation_id from journey_reaction r join journey_annotation a on a.id = r.annotation_id
                where a.touchpoint_id = ? and r.organisation_id is not null""", Long.class, touchpoint, touchpoint);
        assertThat(annotators).isNotEmpty();
        assertThat(editor.audience.getValue()).isEqualTo(SessionAudience.CHOSEN);
        assertThat(editor.organisations.getValue()).extracting(o -> o.id())
                .containsExactlyInAnyOrderElementsOf(annotators);
    }

    @Test
    void the_journey_map_offers_staff_a_link_to_plan_a_session_for_each_hotspot_and_customers_none() {
        var mapId = jdbc.queryForObject("select min(id) from journey_map", Long.class);
        loginAs("staff");
        UI.getCurrent().navigate("journeys/" + mapId);
        var plans = Jsoup.parseBodyFragment(_get(Aside.class, spec -> spec.withId("hotspots"))
                .getElement().getChild(1).getProperty("innerHTML")).select("a.hotspot-plan");
        assertThat(plans).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).matches("sessions/edit\\?touchpoint=\\d+"));
        loginAs("customer");
        UI.getCurrent().navigate("journeys/" + mapId);
        var ranking = _get(Aside.class, spec -> spec.withId("hotspots")).getElement().getChild(1).getProperty("innerHTML");
        assertThat(Jsoup.parseBodyFragment(ranking).select("button.hotspot")).isNotEmpty();
        assertThat(Jsoup.parseBodyFragment(ranking).select("a.hotspot-plan")).isEmpty();
    }

    @Test
    void a_member_registers_then_sees_the_meeting_link_and_the_calendar_download_and_can_cancel() {
        long id = scheduled(draft("Register view check", 5));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var page = open(id);
        assertThat(text("session-link")).contains("appears here once you are registered").doesNotContain(LINK);
        assertThat(page.member.myState.getText()).isEqualTo("You are not registered.");
        _get(Anchor.class, spec -> spec.withId("session-ics"));

        _click(page.member.register);
        page = _get(SessionView.class);
        assertThat(page.member.myState.getText()).startsWith("You are registered.");
        assertThat(text("session-link")).contains(LINK);
        assertThat(page.member.unregister.getText()).isEqualTo("Cancel my registration");

        _click(page.member.unregister);
        page = _get(SessionView.class);
        assertThat(page.member.myState.getText()).isEqualTo("You are not registered.");
        assertThat(text("session-link")).doesNotContain(LINK);
    }

    @Test
    void a_full_session_offers_the_waitlist_and_a_freed_seat_goes_to_the_first_waiting() {
        long id = scheduled(draft("Waitlist view check", 1));
        var seated = freshMember(Role.CUSTOMER, Language.EN);
        as(seated, () -> registration.register(id));
        var waiting = freshMember(Role.CUSTOMER, Language.EN);
        loginAsEmail(waiting);
        var page = open(id);
        assertThat(text("session-seats")).contains("All 1 seats taken");
        assertThat(page.member.register.getText()).isEqualTo("Join the waitlist");
        _click(page.member.register);
        assertThat(_get(SessionView.class).member.myState.getText()).startsWith("You are number 1 on the waitlist");

        // the seated member gives up their seat in another browser
        asDo(seated, () -> registration.cancelRegistration(id));
        assertThat(open(id).member.myState.getText()).startsWith("You are registered.");
        assertThat(subjects(waiting)).contains("A seat is yours: Waitlist view check");
    }

    @Test
    void staff_check_in_attendees_from_the_list_and_a_member_checks_in_with_the_code() {
        long id = scheduled(draft("Check-in view check", 5));
        var byStaff = freshMember(Role.CUSTOMER, Language.EN);
        var byCode = freshMember(Role.CUSTOMER, Language.PL);
        as(byStaff, () -> registration.register(id));
        as(byCode, () -> registration.register(id));
        startsIn(id, Duration.ofMinutes(10), Duration.ofHours(2));

        loginAs("staff");
        var page = open(id);
        assertThat(GridKt._size(page.staff.attendees)).isEqualTo(2);
        clickInList(page, "attended-" + user(byStaff).personId());
        assertThat(state(id, byStaff)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select attendance from design_session_registration where session_id = ? "
                + "and person_id = ?", String.class, id, user(byStaff).personId())).isEqualTo("ATTENDED");
        clickInList(_get(SessionView.class), "no-show-" + user(byCode).personId());

        loginAsEmail(byCode);
        page = open(id);
        page.member.code.setValue("ZZZZZZ");
        _click(page.member.checkIn);
        assertThat(page.member.code.getErrorMessage()).isEqualTo("To nie jest kod pokazany na sesji.");
        page.member.code.setValue(code(id));
        _click(page.member.checkIn);
        assertThat(text("session-attended")).isEqualTo("Wziąłeś(-ęłaś) udział w tej sesji. Dziękujemy!");
        assertThat(as("staff@rada.demo", () -> attendance.attendees(id, 0, 10)))
                .extracting(a -> a.attendance()).containsOnly(Attendance.ATTENDED);
    }

    @Test
    void staff_keep_minutes_and_turn_an_outcome_into_an_idea_on_the_session_page() {
        long id = scheduled(draft("Outcome view check", 5));
        loginAs("staff");
        var page = open(id);
        page.staff.followUp.minutes.setValue("**Present:** six customers.");
        _click(page.staff.followUp.saveMinutes);
        page = _get(SessionView.class);
        page.staff.followUp.outcomeTitle.setValue("Collect returns from home");
        page.staff.followUp.outcomeText.setValue("A courier picks the appliance up.");
        _click(page.staff.followUp.addOutcome);
        page = _get(SessionView.class);
        var outcome = page.session().outcomes().getFirst();
        _click(_get(Button.class, spec -> spec.withId("outcome-to-idea-" + outcome.id())));
        page = _get(SessionView.class);
        var ideaId = page.session().outcomes().getFirst().ideaId();
        assertThat(ideaId).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Collect returns from home")).getHref())
                .isEqualTo("ideas/" + ideaId);

        loginAs("customer");
        page = open(id);
        assertThat(html("session-minutes")).contains("six customers");
        assertThat(text("session-outcomes")).contains("Collect returns from home");
        assertThat(_find(Section.class, spec -> spec.withId("session-staff"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("outcome-to-idea-" + outcome.id()))).isEmpty();
    }

    @Test
    void an_attendee_answers_the_pulse_and_staff_see_the_results() {
        long id = scheduled(draft("Pulse view check", 5));
        var member = freshMember(Role.CUSTOMER, Language.EN);
        as(member, () -> registration.register(id));
        startsIn(id, Duration.ofHours(-3), Duration.ofHours(2));
        asDo("staff@rada.demo", () -> attendance.markAttendance(id, user(member).personId(), Attendance.ATTENDED));

        loginAsEmail(member);
        var page = open(id);
        page.pulse.effort.setValue(6);
        page.pulse.recommend.setValue(9);
        page.pulse.pulseComment.setValue("Good pace.");
        _click(page.pulse.sendPulse);
        assertThat(text("pulse-answered")).startsWith("Thank you, we have your answer.");

        loginAs("staff");
        open(id);
        assertThat(text("pulse-figures")).contains("1 answer", "Customer effort score: 6.0 of 7",
                "Net Promoter Score 100");
        assertThat(text("pulse-comments")).contains("Good pace.");
    }

    @Test
    void a_customer_cannot_open_the_editor_nor_use_the_staff_actions() {
        long id = scheduled(draft("Editor refusal check", 5));
        loginAs("customer");
        UI.getCurrent().navigate(SessionNavigation.NEW);
        _get(NoAccessView.class);
        UI.getCurrent().navigate(SessionNavigation.edit(id));
        _get(NoAccessView.class);
        var page = open(id);
        assertThat(_find(Section.class, spec -> spec.withId("session-staff"))).isEmpty();
        assertThat(page.session().attendanceCode()).isNull();
        assertThatThrownBy(() -> scheduling.draft(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.publish(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.markAttendance(id, 1, Attendance.ATTENDED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_outside_the_audience_cannot_open_or_register_and_a_draft_is_not_found() {
        long boardOnly = scheduled(draft("Board audience view check", 5, Instant.now().plus(Duration.ofDays(6)),
                SessionAudience.BOARD, List.of(), List.of()));
        long draft = as("staff@rada.demo", () -> scheduling.create(draft("Hidden draft view check", 5)));
        loginAs("customer");
        UI.getCurrent().navigate(SessionNavigation.session(boardOnly));
        _get(RefusedView.class);
        assertThatThrownBy(() -> registration.register(boardOnly)).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate(SessionNavigation.session(draft));
        _get(NotFoundView.class);
        UI.getCurrent().navigate("sessions");
        var list = _get(SessionsView.class);
        assertThat(GridKt._findAll(list.upcoming)).noneSatisfy(r -> assertThat(r.id()).isIn(boardOnly, draft));

        loginAs("board");
        var page = open(boardOnly);
        assertThat(page.member.register.getText()).isEqualTo("Register");
    }

    @Test
    void the_month_calendar_shows_the_sessions_of_the_month_and_moves_between_months() {
        var start = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
        long id = scheduled(draft("Calendar view check", 5, start, SessionAudience.ALL, List.of(), List.of()));
        loginAs("customer");
        UI.getCurrent().navigate("sessions");
        var list = _get(SessionsView.class);
        var month = list.month;
        while (!list.month.equals(YearMonth.from(start.atZone(ZoneId.systemDefault())))) {
            _click(list.nextMonth);
        }
        assertThat(list.month).isAfter(month);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("calendar-session")))
                .anySatisfy(a -> assertThat(a.getHref()).isEqualTo(SessionNavigation.session(id)));
        _click(list.previousMonth);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("calendar-session")))
                .noneSatisfy(a -> assertThat(a.getHref()).isEqualTo(SessionNavigation.session(id)));
    }

    @Test
    void the_session_page_shows_its_touchpoints_and_ideas_and_times_in_the_readers_zone() {
        var touchpoint = jdbc.queryForObject("select min(id) from journey_touchpoint", Long.class);
        var idea = jdbc.queryForObject("select min(id) from idea where visibility = 'MEMBERS' and status <> 'MERGED'",
                Long.class);
        var d = draft("Places view check", 5);
        long id = scheduled(new SessionDraft(d.title(), d.purpose(), d.agenda(), d.format(), d.meetingUrl(), null,
                d.startsAt(), d.endsAt(), "America/New_York", 5, null, List.of(staff().personId()), SessionAudience.ALL,
                List.of(), List.of(), List.of(idea), List.of(touchpoint)));
        loginAs("customer");
        open(id);
        _get(Paragraph.class, spec -> spec.withId("session-touchpoint-" + touchpoint));
        assertThat(text("session-ideas")).isNotBlank();
        assertThat(text("session-when-local")).contains("America/New_York");
        assertThat(text("session-facts")).contains("Run by Tomasz Wiśniewski");
    }

    @Test
    void an_unknown_session_is_not_found() {
        loginAs("customer");
        UI.getCurrent().navigate("sessions/999999999");
        _get(NotFoundView.class);
        assertThat(_find(SessionView.class)).isEmpty();
        assertThatThrownBy(() -> reading.details(999_999_999)).isInstanceOf(NoSuchElementException.class);
    }
}
