package app.rada.sessions.ui;

import app.rada.sessions.Attendance;
import app.rada.sessions.CheckInCode;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The reader's place at a session: register, join the waitlist or give the place up, download the
 * calendar entry, and check in with the code shown at the session.
 */
class MemberPanel extends Section {

    private final SessionView page;

    final Button register = new Button();
    final Button unregister = new Button();
    final Span myState = new Span();
    final TextField code = new TextField();
    final Button checkIn = new Button();
    /** Checks the code's shape while the member types; whether it is the right one only the service knows. */
    final Binder<CheckInCode> codeBinder = new Binder<>();

    MemberPanel(SessionView page, SessionDetails s, Instant now) {
        this.page = page;
        add(new H2(getTranslation("sessions.page.your-place")));
        addClassNames("card", "session-register");
        setId("session-register");
        myState.setId("session-my-state");
        myState.getElement().setAttribute("role", "status");
        myState.setText(stateText(s));
        add(new Paragraph(myState));
        var actions = new Div();
        actions.addClassName("filters");
        boolean listed = s.myState() == RegistrationState.REGISTERED || s.myState() == RegistrationState.WAITLISTED;
        if (s.registrationOpen(now) && !listed) {
            register.setText(getTranslation(s.seatsLeft() > 0 ? "sessions.page.register" : "sessions.page.join-waitlist"));
            register.addThemeVariants(ButtonVariant.PRIMARY);
            register.setId("session-register-button");
            register.addClickListener(e -> page.act(() -> {
                var result = page.registration.register(s.id());
                Toasts.success(result.state() == RegistrationState.REGISTERED
                        ? getTranslation("sessions.page.registered-toast")
                        : getTranslation("sessions.page.waitlisted-toast", result.waitlistPosition()));
            }));
            actions.add(register);
        }
        if (listed && s.status() == SessionStatus.SCHEDULED && s.upcoming(now)) {
            unregister.setText(getTranslation(s.myState() == RegistrationState.REGISTERED
                    ? "sessions.page.unregister" : "sessions.page.leave-waitlist"));
            unregister.setId("session-unregister");
            unregister.addClickListener(e -> page.act(() -> {
                page.registration.cancelRegistration(s.id());
                Toasts.success(getTranslation("sessions.page.unregistered-toast"));
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
            add(closed);
        }
        add(actions);
        if (s.myState() == RegistrationState.REGISTERED && s.checkInOpen(now) && s.myAttendance() != Attendance.ATTENDED) {
            add(checkInRow(s));
        }
        if (s.myAttendance() == Attendance.ATTENDED) {
            var attended = new Paragraph(getTranslation("sessions.page.attended"));
            attended.setId("session-attended");
            add(attended);
        }
    }

    private Div checkInRow(SessionDetails s) {
        code.setLabel(getTranslation("sessions.page.code"));
        code.setHelperText(getTranslation("sessions.page.code.help"));
        code.setMaxLength(12);
        code.setId("session-code");
        // the field's own length check would show an empty message; the code's rule speaks instead
        codeBinder.setDefaultValidatorsEnabled(false);
        codeBinder.forField(code)
                .withValidator((value, context) -> DraftField.check(page.validator, CheckInCode.class, "code",
                        CheckInCode.typed(value == null ? "" : value).code(), CheckInCode::messageArguments, this))
                .bind(CheckInCode::code, (draft, value) -> { });
        checkIn.setText(getTranslation("sessions.page.check-in"));
        checkIn.setId("session-check-in");
        checkIn.addClickShortcut(Key.ENTER);
        checkIn.addClickListener(e -> {
            if (codeBinder.validate().hasErrors()) {
                return;
            }
            try {
                page.attendance.checkIn(s.id(), code.getValue());
                page.reload();
                Toasts.success(getTranslation("sessions.page.checked-in-toast"));
            } catch (Problem problem) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        var row = new Div(code, checkIn);
        row.addClassName("filters");
        return row;
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
            var text = page.reading.calendarFile(id);
            event.setFileName("session-" + id + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            event.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
    }
}
