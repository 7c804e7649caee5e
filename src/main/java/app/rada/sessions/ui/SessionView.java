package app.rada.sessions.ui;

import app.rada.sessions.Attendance;
import app.rada.sessions.Attendee;
import app.rada.sessions.PulseAnswer;
import app.rada.sessions.PulseResults;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionOutcome;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRegistrationService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One design session: purpose, agenda, format, times in the reader's zone (and the session's), where
 * it happens, facilitators, the touchpoints and ideas it works on. Members register, cancel or join
 * the waitlist, download the calendar entry, see the meeting link once registered, check in with the
 * attendance code and answer the pulse afterwards. Staff run the attendee list, export it, write to
 * everyone on it, keep the minutes and outcomes, turn outcomes into ideas and read the pulse.
 */
@Route("sessions/:sessionId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/sessions.css")
class SessionView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "sessionId";
    static final int ATTENDEES_PAGE = 50;

    private final SessionSchedulingService scheduling;
    private final SessionReadingService reading;
    private final SessionRegistrationService registration;
    private final SessionAttendanceService attendance;
    private final SessionFollowUpService followUp;
    private final List<TouchpointPlace> places;
    private @Nullable SessionDetails session;

    // recreated on every build, so listeners and columns never pile up
    Button register = new Button();
    Button unregister = new Button();
    Span myState = new Span();
    TextField code = new TextField();
    Button checkIn = new Button();
    RadioButtonGroup<Integer> effort = new RadioButtonGroup<>();
    RadioButtonGroup<Integer> recommend = new RadioButtonGroup<>();
    TextArea pulseComment = new TextArea();
    Button sendPulse = new Button();
    Button publish = new Button();
    TextArea cancelReason = new TextArea();
    Button cancel = new Button();
    Grid<Attendee> attendees = new Grid<>();
    TextArea message = new TextArea();
    Button sendMessage = new Button();
    TextArea minutes = new TextArea();
    Button saveMinutes = new Button();
    TextField outcomeTitle = new TextField();
    TextArea outcomeText = new TextArea();
    Button addOutcome = new Button();
    Div outcomes = new Div();

    SessionView(SessionSchedulingService scheduling, SessionReadingService reading,
                SessionRegistrationService registration, SessionAttendanceService attendance,
                SessionFollowUpService followUp, List<TouchpointPlace> places) {
        this.scheduling = scheduling;
        this.reading = reading;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
        this.places = places;
        addClassName("session-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(0L);
        try {
            session = reading.details(id);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
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

    private void fresh() {
        register = new Button();
        unregister = new Button();
        myState = new Span();
        code = new TextField();
        checkIn = new Button();
        effort = new RadioButtonGroup<>();
        recommend = new RadioButtonGroup<>();
        pulseComment = new TextArea();
        sendPulse = new Button();
        publish = new Button();
        cancelReason = new TextArea();
        cancel = new Button();
        attendees = new Grid<>();
        message = new TextArea();
        sendMessage = new Button();
        minutes = new TextArea();
        saveMinutes = new Button();
        outcomeTitle = new TextField();
        outcomeText = new TextArea();
        addOutcome = new Button();
        outcomes = new Div();
    }

    private void build() {
        var s = session();
        removeAll();
        fresh();
        var now = Instant.now();
        var back = new Anchor(SessionNavigation.LIST, getTranslation("sessions.back"));
        back.addClassName("back-link");
        var article = new Article();
        article.addClassName("session-article");
        var meta = new Div(badge(getTranslation(s.status().labelKey()), "session-status-"
                + s.status().name().toLowerCase(Locale.ROOT)), badge(getTranslation(s.format().labelKey()),
                "session-format"));
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
            add(memberPanel(s, now));
        }
        if (!s.minutesHtml().isBlank() || !s.outcomes().isEmpty()) {
            if (!s.staff()) {
                add(followUp(s));
            }
        }
        if (s.canAnswerPulse()) {
            add(pulsePanel(s));
        }
        if (s.staff()) {
            add(staffPanel(s, now));
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

    // --- members

    private Section memberPanel(SessionDetails s, Instant now) {
        var section = new Section(new H2(getTranslation("sessions.page.your-place")));
        section.addClassNames("card", "session-register");
        section.setId("session-register");
        myState.setId("session-my-state");
        myState.getElement().setAttribute("role", "status");
        myState.setText(stateText(s));
        section.add(new Paragraph(myState));
        var actions = new Div();
        actions.addClassName("filters");
        boolean listed = s.myState() == RegistrationState.REGISTERED || s.myState() == RegistrationState.WAITLISTED;
        if (s.registrationOpen(now) && !listed) {
            register.setText(getTranslation(s.seatsLeft() > 0 ? "sessions.page.register" : "sessions.page.join-waitlist"));
            register.addThemeVariants(ButtonVariant.PRIMARY);
            register.setId("session-register-button");
            register.addClickListener(e -> act(() -> {
                var result = registration.register(s.id());
                toast(result.state() == RegistrationState.REGISTERED ? getTranslation("sessions.page.registered-toast")
                        : getTranslation("sessions.page.waitlisted-toast", result.waitlistPosition()));
            }));
            actions.add(register);
        }
        if (listed && s.status() == SessionStatus.SCHEDULED && s.upcoming(now)) {
            unregister.setText(getTranslation(s.myState() == RegistrationState.REGISTERED
                    ? "sessions.page.unregister" : "sessions.page.leave-waitlist"));
            unregister.setId("session-unregister");
            unregister.addClickListener(e -> act(() -> {
                registration.cancelRegistration(s.id());
                toast(getTranslation("sessions.page.unregistered-toast"));
            }));
            actions.add(unregister);
        }
        if (s.status() == SessionStatus.SCHEDULED && !s.over(now)) {
            var ics = new Anchor();
            ics.setText(getTranslation("sessions.page.ics"));
            ics.setHref(calendarFile(s.id()), AttachmentType.DOWNLOAD);
            ics.addClassName("button-link");
            ics.setId("session-ics");
            actions.add(ics);
        }
        if (!s.registrationOpen(now) && !listed && s.status() == SessionStatus.SCHEDULED) {
            var closed = new Paragraph(getTranslation("sessions.page.registration-closed"));
            closed.setId("session-registration-closed");
            section.add(closed);
        }
        section.add(actions);
        if (s.myState() == RegistrationState.REGISTERED && s.checkInOpen(now) && s.myAttendance() != Attendance.ATTENDED) {
            code.setLabel(getTranslation("sessions.page.code"));
            code.setHelperText(getTranslation("sessions.page.code.help"));
            code.setMaxLength(12);
            code.setId("session-code");
            checkIn.setText(getTranslation("sessions.page.check-in"));
            checkIn.setId("session-check-in");
            checkIn.addClickShortcut(Key.ENTER);
            checkIn.addClickListener(e -> {
                try {
                    attendance.checkIn(s.id(), code.getValue());
                    reload();
                    toast(getTranslation("sessions.page.checked-in-toast"));
                } catch (Problem problem) {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation(problem.key(), problem.args()));
                }
            });
            var row = new Div(code, checkIn);
            row.addClassName("filters");
            section.add(row);
        }
        if (s.myAttendance() == Attendance.ATTENDED) {
            var attended = new Paragraph(getTranslation("sessions.page.attended"));
            attended.setId("session-attended");
            section.add(attended);
        }
        return section;
    }

    private String stateText(SessionDetails s) {
        if (s.myState() == null || s.myState() == RegistrationState.CANCELLED) {
            return getTranslation("sessions.page.not-registered");
        }
        if (s.myState() == RegistrationState.WAITLISTED) {
            return getTranslation("sessions.page.on-waitlist", s.myWaitlistPosition());
        }
        return getTranslation("sessions.page.is-registered");
    }

    private DownloadHandler calendarFile(long id) {
        return event -> {
            var text = reading.calendarFile(id);
            event.setFileName("session-" + id + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            event.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private Section followUp(SessionDetails s) {
        var section = new Section(new H2(getTranslation("sessions.page.follow-up")));
        section.addClassNames("card", "session-follow-up");
        section.setId("session-follow-up");
        if (!s.minutesHtml().isBlank()) {
            var text = new Div();
            text.addClassNames("markdown", "session-minutes");
            text.setId("session-minutes");
            text.getElement().setProperty("innerHTML", s.minutesHtml());
            section.add(new H3(getTranslation("sessions.page.minutes")), text);
        }
        if (!s.outcomes().isEmpty()) {
            var list = new Div();
            list.setId("session-outcomes");
            s.outcomes().forEach(o -> list.add(outcome(o, false)));
            section.add(new H3(getTranslation("sessions.page.outcomes")), list);
        }
        return section;
    }

    private Component outcome(SessionOutcome o, boolean staff) {
        var item = new Div(new H3(o.title()));
        item.addClassName("session-outcome");
        item.setId("outcome-" + o.id());
        var text = new Div();
        text.addClassName("markdown");
        text.getElement().setProperty("innerHTML", o.textHtml());
        item.add(text);
        if (o.ideaId() != null) {
            var idea = new Paragraph(new Span(getTranslation("sessions.page.outcome-idea") + " "),
                    new Anchor(SessionNavigation.idea(o.ideaId()), o.ideaTitle() == null ? "" : o.ideaTitle()));
            idea.addClassName("session-outcome-idea");
            item.add(idea);
        } else if (staff) {
            var turn = new Button(getTranslation("sessions.page.turn-into-idea"), e -> act(() -> {
                long ideaId = followUp.turnIntoIdea(o.id());
                toast(getTranslation("sessions.page.idea-created-toast", ideaId));
            }));
            turn.setId("outcome-to-idea-" + o.id());
            turn.getElement().setAttribute("aria-label", getTranslation("sessions.page.turn-into-idea.label", o.title()));
            item.add(turn);
        }
        return item;
    }

    private Section pulsePanel(SessionDetails s) {
        var section = new Section(new H2(getTranslation("sessions.pulse.title")));
        section.addClassNames("card", "session-pulse");
        section.setId("pulse");
        section.add(new Paragraph(getTranslation("sessions.pulse.intro")));
        effort.setLabel(getTranslation("sessions.pulse.effort"));
        effort.setItems(IntStream.rangeClosed(1, 7).boxed().toList());
        effort.setItemLabelGenerator(String::valueOf);
        effort.setHelperText(getTranslation("sessions.pulse.effort.help"));
        effort.setId("pulse-effort");
        recommend.setLabel(getTranslation("sessions.pulse.recommend"));
        recommend.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        recommend.setItemLabelGenerator(String::valueOf);
        recommend.setHelperText(getTranslation("sessions.pulse.recommend.help"));
        recommend.setId("pulse-recommend");
        pulseComment.setLabel(getTranslation("sessions.pulse.comment"));
        pulseComment.setMaxLength(PulseAnswer.COMMENT_MAX);
        pulseComment.setWidthFull();
        pulseComment.setId("pulse-comment");
        s.myPulse().ifPresent(p -> {
            effort.setValue(p.effort());
            recommend.setValue(p.recommend());
            pulseComment.setValue(p.comment() == null ? "" : p.comment());
            var saved = new Paragraph(getTranslation("sessions.pulse.answered"));
            saved.setId("pulse-answered");
            section.add(saved);
        });
        sendPulse.setText(getTranslation(s.myPulse().isPresent() ? "sessions.pulse.change" : "sessions.pulse.send"));
        sendPulse.addThemeVariants(ButtonVariant.PRIMARY);
        sendPulse.setId("pulse-send");
        sendPulse.addClickListener(e -> {
            if (effort.getValue() == null || recommend.getValue() == null) {
                problem(getTranslation("sessions.pulse.both"));
                return;
            }
            act(() -> {
                followUp.answerPulse(s.id(), new PulseAnswer(effort.getValue(), recommend.getValue(),
                        pulseComment.getValue()));
                toast(getTranslation("sessions.pulse.thanks"));
            });
        });
        section.add(effort, recommend, pulseComment, sendPulse);
        return section;
    }

    // --- staff

    private Section staffPanel(SessionDetails s, Instant now) {
        var section = new Section(new H2(getTranslation("sessions.staff")));
        section.addClassNames("card", "session-staff");
        section.setId("session-staff");
        var tools = new Div();
        tools.addClassName("filters");
        if (s.status() != SessionStatus.CANCELLED) {
            var edit = new Anchor(SessionNavigation.edit(s.id()), getTranslation("sessions.staff.edit"));
            edit.addClassName("button-link");
            edit.setId("session-edit");
            tools.add(edit);
        }
        if (s.status() == SessionStatus.DRAFT) {
            publish.setText(getTranslation("sessions.staff.publish"));
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.setId("session-publish");
            publish.addClickListener(e -> act(() -> scheduling.publish(s.id())));
            tools.add(publish);
        }
        section.add(tools);
        if (s.status() == SessionStatus.DRAFT) {
            section.add(new Paragraph(getTranslation("sessions.staff.draft-note")));
        }
        if (s.status() == SessionStatus.SCHEDULED) {
            var codeBox = new Paragraph(getTranslation("sessions.staff.code", s.attendanceCode()));
            codeBox.addClassName("session-code");
            codeBox.setId("session-attendance-code");
            section.add(codeBox, new Paragraph(getTranslation("sessions.staff.code.help")));
        }
        if (s.status() != SessionStatus.DRAFT) {
            section.add(attendeeList(s, now), messagePanel(s));
        }
        if (s.status() == SessionStatus.SCHEDULED) {
            section.add(followUpEditor(s));
            section.add(pulseResults(s));
        }
        if (s.status() != SessionStatus.CANCELLED) {
            cancelReason.setLabel(getTranslation("sessions.staff.cancel-reason"));
            cancelReason.setMaxLength(SessionSchedulingService.REASON_MAX);
            cancelReason.setWidthFull();
            cancelReason.setId("session-cancel-reason");
            cancel.setText(getTranslation("sessions.staff.cancel"));
            cancel.addThemeVariants(ButtonVariant.ERROR);
            cancel.setId("session-cancel");
            cancel.addClickListener(e -> {
                try {
                    scheduling.cancel(s.id(), cancelReason.getValue());
                    reload();
                } catch (Problem problem) {
                    cancelReason.setInvalid(true);
                    cancelReason.setErrorMessage(getTranslation(problem.key(), problem.args()));
                }
            });
            var box = new Div(new H3(getTranslation("sessions.staff.cancel-title")), cancelReason, cancel);
            box.addClassName("session-cancel-box");
            section.add(box);
        }
        return section;
    }

    private Component attendeeList(SessionDetails s, Instant now) {
        var box = new Div(new H3(getTranslation("sessions.staff.attendees", s.registered(), s.waitlisted())));
        box.addClassName("session-attendees");
        attendees.setId("session-attendees");
        attendees.addColumn(a -> a.name().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("sessions.staff.column.name")).setFlexGrow(2);
        attendees.addColumn(a -> a.organisation() == null ? "" : a.organisation())
                .setHeader(getTranslation("sessions.staff.column.organisation")).setAutoWidth(true);
        attendees.addColumn(a -> a.state() == RegistrationState.WAITLISTED
                        ? getTranslation("sessions.staff.waitlist-position", a.waitlistPosition())
                        : getTranslation(a.state().labelKey()))
                .setHeader(getTranslation("sessions.staff.column.state")).setAutoWidth(true);
        attendees.addColumn(a -> a.attendance() == null ? "" : getTranslation(a.attendance().labelKey())
                        + (a.byCode() ? " · " + getTranslation("sessions.staff.by-code") : ""))
                .setHeader(getTranslation("sessions.staff.column.attendance")).setAutoWidth(true);
        boolean checkIn = s.status() == SessionStatus.SCHEDULED
                && !now.isBefore(s.startsAt().minus(app.rada.sessions.SessionRules.CHECK_IN_BEFORE));
        if (checkIn) {
            attendees.addComponentColumn(a -> a.state() != RegistrationState.REGISTERED ? new Span() : markButtons(s, a))
                    .setHeader(getTranslation("sessions.staff.column.check-in")).setAutoWidth(true).setKey("check-in");
        }
        attendees.setItems(q -> attendance.attendees(s.id(), q.getOffset(), q.getLimit()).stream(),
                q -> attendance.attendeeCount(s.id()));
        attendees.setPageSize(ATTENDEES_PAGE);
        attendees.setEmptyStateText(getTranslation("sessions.staff.attendees.empty"));
        attendees.setAllRowsVisible(true);
        var export = new Anchor();
        export.setText(getTranslation("sessions.staff.export"));
        export.setHref(csv(s.id()), AttachmentType.DOWNLOAD);
        export.addClassName("button-link");
        export.setId("session-export");
        box.add(attendees, export);
        return box;
    }

    private Component markButtons(SessionDetails s, Attendee a) {
        var name = a.name().orElse(getTranslation("people.former-member"));
        var attended = new Button(getTranslation("sessions.staff.mark-attended"),
                e -> mark(s, a.personId(), Attendance.ATTENDED));
        attended.addThemeVariants(ButtonVariant.SMALL);
        attended.setId("attended-" + a.personId());
        attended.getElement().setAttribute("aria-label", getTranslation("sessions.staff.mark-attended.label", name));
        attended.setEnabled(a.attendance() != Attendance.ATTENDED);
        var noShow = new Button(getTranslation("sessions.staff.mark-no-show"),
                e -> mark(s, a.personId(), Attendance.NO_SHOW));
        noShow.addThemeVariants(ButtonVariant.SMALL);
        noShow.setId("no-show-" + a.personId());
        noShow.getElement().setAttribute("aria-label", getTranslation("sessions.staff.mark-no-show.label", name));
        noShow.setEnabled(a.attendance() != Attendance.NO_SHOW);
        var box = new Div(attended, noShow);
        box.addClassName("session-mark");
        return box;
    }

    void mark(SessionDetails s, long personId, Attendance attendance) {
        try {
            this.attendance.markAttendance(s.id(), personId, attendance);
            attendees.getDataProvider().refreshAll();
        } catch (Problem problem) {
            problem(getTranslation(problem.key(), problem.args()));
        }
    }

    private DownloadHandler csv(long id) {
        return event -> {
            event.setFileName("session-" + id + "-attendees.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            attendance.exportCsv(id, writer);
            writer.flush();
        };
    }

    private Component messagePanel(SessionDetails s) {
        message.setLabel(getTranslation("sessions.staff.message"));
        message.setHelperText(getTranslation("sessions.staff.message.help"));
        message.setMaxLength(SessionAttendanceService.MESSAGE_MAX);
        message.setWidthFull();
        message.setId("session-message");
        sendMessage.setText(getTranslation("sessions.staff.message.send"));
        sendMessage.setId("session-message-send");
        sendMessage.addClickListener(e -> {
            try {
                attendance.messageRegistrants(s.id(), message.getValue());
                message.clear();
                message.setInvalid(false);
                toast(getTranslation("sessions.staff.message.sent"));
            } catch (Problem problem) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        var box = new Div(new H3(getTranslation("sessions.staff.message.title")), message, sendMessage);
        box.addClassName("session-message-box");
        return box;
    }

    private Component followUpEditor(SessionDetails s) {
        var box = new Div(new H3(getTranslation("sessions.page.follow-up")));
        box.addClassName("session-follow-up-editor");
        minutes.setLabel(getTranslation("sessions.staff.minutes"));
        minutes.setHelperText(getTranslation("sessions.staff.minutes.help"));
        minutes.setMaxLength(SessionFollowUpService.MINUTES_MAX);
        minutes.setWidthFull();
        minutes.setValue(s.minutes());
        minutes.setId("session-minutes-field");
        saveMinutes.setText(getTranslation("sessions.staff.minutes.save"));
        saveMinutes.setId("session-minutes-save");
        saveMinutes.addClickListener(e -> act(() -> {
            followUp.saveMinutes(s.id(), minutes.getValue());
            toast(getTranslation("common.saved"));
        }));
        box.add(minutes, saveMinutes);
        if (!s.minutesHtml().isBlank()) {
            var preview = new Div();
            preview.addClassNames("markdown", "session-minutes");
            preview.setId("session-minutes");
            preview.getElement().setProperty("innerHTML", s.minutesHtml());
            box.add(preview);
        }
        outcomes.removeAll();
        outcomes.setId("session-outcomes");
        s.outcomes().forEach(o -> outcomes.add(outcome(o, true)));
        outcomeTitle.setLabel(getTranslation("sessions.staff.outcome-title"));
        outcomeTitle.setMaxLength(SessionOutcome.TITLE_MAX);
        outcomeTitle.setWidthFull();
        outcomeTitle.setId("outcome-title");
        outcomeText.setLabel(getTranslation("sessions.staff.outcome-text"));
        outcomeText.setMaxLength(SessionOutcome.TEXT_MAX);
        outcomeText.setWidthFull();
        outcomeText.setId("outcome-text");
        addOutcome.setText(getTranslation("sessions.staff.outcome-add"));
        addOutcome.setId("outcome-add");
        addOutcome.addClickListener(e -> act(() -> followUp.addOutcome(s.id(), outcomeTitle.getValue(),
                outcomeText.getValue())));
        box.add(new H3(getTranslation("sessions.page.outcomes")), outcomes, outcomeTitle, outcomeText, addOutcome);
        return box;
    }

    private Component pulseResults(SessionDetails s) {
        PulseResults r = followUp.pulseResults(s.id());
        var box = new Div(new H3(getTranslation("sessions.staff.pulse")));
        box.addClassName("session-pulse-results");
        box.setId("session-pulse-results");
        if (r.answers() == 0) {
            box.add(new Paragraph(getTranslation("sessions.staff.pulse.none")));
            return box;
        }
        var figures = new UnorderedList();
        figures.setId("pulse-figures");
        figures.add(new ListItem(getTranslation("sessions.staff.pulse.answers", r.answers())));
        figures.add(new ListItem(getTranslation("sessions.staff.pulse.effort", r.averageEffort())));
        figures.add(new ListItem(getTranslation("sessions.staff.pulse.recommend", r.averageRecommend())));
        figures.add(new ListItem(getTranslation("sessions.staff.pulse.nps", r.nps(), r.promoters(), r.passives(),
                r.detractors())));
        box.add(figures);
        if (!r.comments().isEmpty()) {
            var comments = new UnorderedList();
            comments.setId("pulse-comments");
            r.comments().forEach(c -> comments.add(new ListItem(c)));
            box.add(new Paragraph(getTranslation("sessions.staff.pulse.comments")), comments);
        }
        return box;
    }

    // --- helpers

    private void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (Problem problem) {
            problem(getTranslation(problem.key(), problem.args()));
        }
    }

    private void toast(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void problem(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private static Span badge(String text, String className) {
        var badge = new Span(text);
        badge.addClassNames("status-badge", className);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("nav.sessions") : session.title();
    }
}
