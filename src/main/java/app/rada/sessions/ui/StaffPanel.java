package app.rada.sessions.ui;

import app.rada.sessions.Attendance;
import app.rada.sessions.Attendee;
import app.rada.sessions.CancelReason;
import app.rada.sessions.RegistrantMessage;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionAttendanceService;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionRules;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Staff run a session: edit, publish or cancel it, show the attendance code, keep the attendee list
 * (check-in, export), write to everyone on it, and follow up ({@link StaffFollowUp}).
 */
class StaffPanel extends Section {

    private final SessionView page;

    final Button publish = new Button();
    final TextArea cancelReason = new TextArea();
    final Button cancel = new Button();
    final Grid<Attendee> attendees = new Grid<>();
    final TextArea message = new TextArea();
    final Button sendMessage = new Button();
    /** Checks the reason against its rules while staff type; the reason itself is read from the field. */
    final Binder<CancelReason> cancelBinder = new Binder<>();
    /** Checks the message against its rules while staff type. */
    final Binder<RegistrantMessage> messageBinder = new Binder<>();
    /** Null until the session is scheduled. */
    @Nullable StaffFollowUp followUp;

    StaffPanel(SessionView page, SessionDetails s, Instant now) {
        this.page = page;
        add(new H2(getTranslation("sessions.staff")));
        addClassNames("card", "session-staff");
        setId("session-staff");
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
            publish.addClickListener(e -> page.act(() -> page.scheduling.publish(s.id())));
            tools.add(publish);
        }
        add(tools);
        if (s.status() == SessionStatus.DRAFT) {
            add(new Paragraph(getTranslation("sessions.staff.draft-note")));
        }
        if (s.status() == SessionStatus.SCHEDULED) {
            var codeBox = new Paragraph(getTranslation("sessions.staff.code", s.attendanceCode()));
            codeBox.addClassName("session-code");
            codeBox.setId("session-attendance-code");
            add(codeBox, new Paragraph(getTranslation("sessions.staff.code.help")));
        }
        if (s.status() != SessionStatus.DRAFT) {
            add(attendeeList(s, now), messageBox(s));
        }
        if (s.status() == SessionStatus.SCHEDULED) {
            followUp = new StaffFollowUp(page, s);
            add(followUp, StaffFollowUp.pulseResults(page, s));
        }
        if (s.status() != SessionStatus.CANCELLED) {
            add(cancelBox(s));
        }
    }

    private Component cancelBox(SessionDetails s) {
        cancelReason.setLabel(getTranslation("sessions.staff.cancel-reason"));
        cancelReason.setMaxLength(SessionSchedulingService.REASON_MAX);
        cancelReason.setWidthFull();
        cancelReason.setId("session-cancel-reason");
        cancel.setText(getTranslation("sessions.staff.cancel"));
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.setId("session-cancel");
        // the field's own length check would show an empty message; the reason's rules speak instead
        cancelBinder.setDefaultValidatorsEnabled(false);
        cancelBinder.forField(cancelReason)
                .withValidator((value, context) -> DraftField.check(page.validator, CancelReason.class, "reason",
                        value == null ? "" : value.strip(), key -> new Object[] {SessionSchedulingService.REASON_MAX},
                        this))
                .bind(CancelReason::reason, (draft, value) -> { });
        cancel.addClickListener(e -> {
            if (cancelBinder.validate().hasErrors()) {
                return;
            }
            try {
                page.scheduling.cancel(s.id(), cancelReason.getValue());
                page.reload();
            } catch (Problem problem) {
                cancelReason.setInvalid(true);
                cancelReason.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        var box = new Div(new H3(getTranslation("sessions.staff.cancel-title")), cancelReason, cancel);
        box.addClassName("session-cancel-box");
        return box;
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
                && !now.isBefore(s.startsAt().minus(SessionRules.CHECK_IN_BEFORE));
        if (checkIn) {
            attendees.addComponentColumn(a -> a.state() != RegistrationState.REGISTERED ? new Span() : markButtons(s, a))
                    .setHeader(getTranslation("sessions.staff.column.check-in")).setAutoWidth(true).setKey("check-in");
        }
        SessionAttendanceService attendance = page.attendance;
        attendees.setItems(q -> attendance.attendees(s.id(), q.getOffset(), q.getLimit()).stream(),
                q -> attendance.attendeeCount(s.id()));
        attendees.setPageSize(SessionView.ATTENDEES_PAGE);
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
            page.attendance.markAttendance(s.id(), personId, attendance);
            attendees.getDataProvider().refreshAll();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    private DownloadHandler csv(long id) {
        SessionAttendanceService attendance = page.attendance;
        var locale = getLocale();
        return event -> {
            event.setFileName("session-" + id + "-attendees.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            attendance.exportCsv(id, locale, writer);
            writer.flush();
        };
    }

    private Component messageBox(SessionDetails s) {
        message.setLabel(getTranslation("sessions.staff.message"));
        message.setHelperText(getTranslation("sessions.staff.message.help"));
        message.setMaxLength(SessionAttendanceService.MESSAGE_MAX);
        message.setWidthFull();
        message.setId("session-message");
        sendMessage.setText(getTranslation("sessions.staff.message.send"));
        sendMessage.setId("session-message-send");
        messageBinder.setDefaultValidatorsEnabled(false);
        messageBinder.forField(message)
                .withValidator((value, context) -> DraftField.check(page.validator, RegistrantMessage.class, "text",
                        value == null ? "" : value.strip(), key -> new Object[] {SessionAttendanceService.MESSAGE_MAX},
                        this))
                .bind(RegistrantMessage::text, (draft, value) -> { });
        sendMessage.addClickListener(e -> {
            if (messageBinder.validate().hasErrors()) {
                return;
            }
            try {
                page.attendance.messageRegistrants(s.id(), message.getValue());
                message.clear();
                // the emptied field is not a mistake: the next message starts clean
                message.setInvalid(false);
                Toasts.success(getTranslation("sessions.staff.message.sent"));
            } catch (Problem problem) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        var box = new Div(new H3(getTranslation("sessions.staff.message.title")), message, sendMessage);
        box.addClassName("session-message-box");
        return box;
    }
}
