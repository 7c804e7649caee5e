package app.rada.sessions.ui;

import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Problem;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.StatusBadge;
import app.rada.shared.ui.Toasts;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One design session: purpose, agenda, format, times in the reader's zone (and the session's), where
 * it happens, facilitators, the touchpoints and ideas it works on. Below them come the panels: the
 * member's place ({@link MemberPanel}), what the session produced ({@link FollowUpSection}), the pulse
 * ({@link PulsePanel}) and, for staff, the running of the session ({@link StaffPanel}).
 */
@Route("sessions/:sessionId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/sessions.css")
class SessionView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "sessionId";
    static final int ATTENDEES_PAGE = 50;

    final SessionSchedulingService scheduling;
    final SessionReadingService reading;
    final SessionRegistrationService registration;
    final SessionAttendanceService attendance;
    final SessionFollowUpService followUp;
    /** Checks what staff and members type against the drafts' rules before a service is asked. */
    final Validator validator;
    private final List<TouchpointPlace> places;
    private @Nullable SessionDetails session;

    // recreated on every build, so listeners and columns never pile up; null when the reader does not get them
    @Nullable MemberPanel member;
    @Nullable PulsePanel pulse;
    @Nullable StaffPanel staff;

    SessionView(SessionSchedulingService scheduling, SessionReadingService reading,
                SessionRegistrationService registration, SessionAttendanceService attendance,
                SessionFollowUpService followUp, List<TouchpointPlace> places, Validator validator) {
        this.scheduling = scheduling;
        this.reading = reading;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
        this.places = places;
        this.validator = validator;
        addClassName("session-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteLoading.loadOrNotFound(event, PARAMETER, reading::details).ifPresent(details -> {
            session = details;
            build();
        });
    }

    SessionDetails session() {
        if (session == null) {
            throw new IllegalStateException("No session");
        }
        return session;
    }

    void reload() {
        session = reading.details(session().id());
        build();
    }

    private void build() {
        var s = session();
        removeAll();
        member = null;
        pulse = null;
        staff = null;
        var now = Instant.now();
        var back = new Anchor(SessionNavigation.LIST, getTranslation("sessions.back"));
        back.addClassName("back-link");
        var article = new Article();
        article.addClassName("session-article");
        var meta = new Div(StatusBadge.of(getTranslation(s.status().labelKey()), "session-status", s.status()),
                StatusBadge.of(getTranslation(s.format().labelKey()), "session-format"));
        meta.addClassName("session-meta");
        meta.setId("session-meta");
        article.add(new H1(s.title()), meta);
        if (s.status() == SessionStatus.CANCELLED) {
            var cancelled = new Paragraph(getTranslation("sessions.page.cancelled", s.cancelReason() == null ? ""
                    : s.cancelReason()));
            cancelled.addClassName("session-cancelled");
            cancelled.setId("session-cancelled");
            article.add(cancelled);
        }
        article.add(facts(s));
        if (!s.purpose().isBlank()) {
            var purpose = new Paragraph(s.purpose());
            purpose.addClassName("session-purpose");
            purpose.setId("session-purpose");
            article.add(purpose);
        }
        if (!s.agenda().isBlank()) {
            var agenda = new Div();
            agenda.addClassNames("session-agenda", "markdown");
            agenda.setId("session-agenda");
            agenda.getElement().setProperty("innerHTML", s.agendaHtml());
            article.add(new H2(getTranslation("sessions.page.agenda")), agenda);
        }
        article.add(linked(s));
        add(back, article);
        if (s.status() != SessionStatus.DRAFT) {
            member = new MemberPanel(this, s, now);
            add(member);
        }
        if (!s.minutesHtml().isBlank() || !s.outcomes().isEmpty()) {
            if (!s.staff()) {
                add(new FollowUpSection(this, s));
            }
        }
        if (s.canAnswerPulse()) {
            pulse = new PulsePanel(this, s);
            add(pulse);
        }
        if (s.staff()) {
            staff = new StaffPanel(this, s, now);
            add(staff);
        }
    }

    // --- the facts

    private Component facts(SessionDetails s) {
        var list = new UnorderedList();
        list.addClassName("session-facts");
        list.setId("session-facts");
        var mine = Formats.zone();
        var zone = ZoneId.of(s.timeZone());
        var when = new ListItem(getTranslation("sessions.page.when", Formats.dateTime(s.startsAt(), getLocale(), mine),
                Formats.dateTime(s.endsAt(), getLocale(), mine), mine.getId()));
        when.setId("session-when");
        list.add(when);
        if (!zone.equals(mine)) {
            var local = new ListItem(getTranslation("sessions.page.when-local",
                    Formats.dateTime(s.startsAt(), getLocale(), zone), zone.getId()));
            local.setId("session-when-local");
            list.add(local);
        }
        if (s.address() != null) {
            var where = new ListItem(getTranslation("sessions.page.address", s.address()));
            where.setId("session-address");
            list.add(where);
        }
        if (s.format().online()) {
            var link = new ListItem();
            link.setId("session-link");
            if (s.meetingUrl() != null) {
                var anchor = new Anchor(s.meetingUrl(), s.meetingUrl(), AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                link.add(new Span(getTranslation("sessions.page.link") + " "), anchor);
            } else {
                link.add(new Span(getTranslation("sessions.page.link-hidden")));
            }
            list.add(link);
        }
        if (!s.facilitators().isEmpty()) {
            list.add(new ListItem(getTranslation("sessions.page.facilitators", String.join(", ", s.facilitators()))));
        }
        var seats = new ListItem(s.seatsLeft() == 0
                ? getTranslation("sessions.page.seats-full", s.capacity(), s.waitlisted())
                : getTranslation("sessions.page.seats", s.seatsLeft(), s.capacity()));
        seats.setId("session-seats");
        list.add(seats);
        list.add(new ListItem(getTranslation("sessions.page.deadline",
                Formats.dateTime(s.registrationClosesAt(), getLocale(), mine))));
        if (s.staff()) {
            var audience = getTranslation(s.audience().labelKey());
            if (!s.audienceNames().isEmpty()) {
                audience += ": " + String.join(", ", s.audienceNames());
            }
            var item = new ListItem(getTranslation("sessions.page.audience", audience));
            item.setId("session-audience");
            list.add(item);
        }
        return list;
    }

    private Component linked(SessionDetails s) {
        var box = new Div();
        box.addClassName("session-linked");
        if (!s.touchpointIds().isEmpty()) {
            var list = new Div();
            list.setId("session-touchpoints");
            for (long id : s.touchpointIds()) {
                places.forEach(place -> place.describe(id).ifPresent(c -> {
                    c.setId("session-touchpoint-" + id);
                    list.add(c);
                }));
            }
            if (list.getChildren().findAny().isPresent()) {
                box.add(new H2(getTranslation("sessions.page.touchpoints")), list);
            }
        }
        if (!s.ideas().isEmpty()) {
            var list = new UnorderedList();
            list.setId("session-ideas");
            s.ideas().forEach(i -> list.add(new ListItem(new Anchor(SessionNavigation.idea(i.id()), i.title()),
                    new Span(" · " + getTranslation(i.status().labelKey())))));
            box.add(new H2(getTranslation("sessions.page.ideas")), list);
        }
        return box;
    }

    // --- for the panels

    /** Runs an action of a panel and shows the session afresh, or the service's refusal. */
    void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("nav.sessions") : session.title();
    }
}
