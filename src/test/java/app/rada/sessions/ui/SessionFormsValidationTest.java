package app.rada.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.Attendance;
import app.rada.sessions.SessionStatus;
import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What staff and members type on the session page shows its refusal on the field, and nothing is sent. */
class SessionFormsValidationTest extends SessionTestBase {

    private SessionView open(long id) {
        UI.getCurrent().navigate(SessionNavigation.session(id));
        return _get(SessionView.class);
    }

    @Test
    void staff_see_an_empty_cancel_reason_and_message_refused_on_the_field_in_english_and_polish() {
        long id = scheduled(draft("Staff form check", 5));
        loginAs("staff");
        var staff = open(id).staff;
        staff.cancelReason.setValue("   ");
        _click(staff.cancel);
        assertThat(staff.cancelReason.isInvalid()).isTrue();
        assertThat(staff.cancelReason.getErrorMessage()).isEqualTo("Give a reason of at most 1,000 characters.");
        staff.message.setValue("x".repeat(1501));
        assertThat(staff.message.isInvalid()).isTrue();
        assertThat(staff.message.getErrorMessage()).isEqualTo("Write a message of at most 1,500 characters.");
        _click(staff.sendMessage);
        assertThat(as("staff@rada.demo", () -> reading.details(id)).status()).isEqualTo(SessionStatus.SCHEDULED);

        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        staff = open(id).staff;
        _click(staff.cancel);
        assertThat(staff.cancelReason.isInvalid()).isTrue();
        assertThat(staff.cancelReason.getErrorMessage()).startsWith("Podaj powód, najwyżej 1").endsWith("000 znaków.");
        staff.message.setValue(" ");
        _click(staff.sendMessage);
        assertThat(staff.message.isInvalid()).isTrue();
        assertThat(staff.message.getErrorMessage()).startsWith("Napisz wiadomość, najwyżej 1").endsWith("500 znaków.");
        assertThat(as("staff@rada.demo", () -> reading.details(id)).status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void staff_see_too_long_minutes_and_a_short_outcome_refused_on_the_field_in_english_and_polish() {
        long id = scheduled(draft("Follow-up form check", 5));
        loginAs("staff");
        var followUp = open(id).staff.followUp;
        followUp.minutes.setValue("m".repeat(20_001));
        assertThat(followUp.minutes.isInvalid()).isTrue();
        assertThat(followUp.minutes.getErrorMessage()).isEqualTo("The minutes can be at most 20,000 characters long.");
        _click(followUp.saveMinutes);
        followUp.outcomeTitle.setValue("Four");
        assertThat(followUp.outcomeTitle.isInvalid()).isTrue();
        assertThat(followUp.outcomeTitle.getErrorMessage())
                .isEqualTo("Give the outcome a title of 5 to 120 characters.");
        _click(followUp.addOutcome);
        assertThat(followUp.outcomeText.isInvalid()).isTrue();
        assertThat(followUp.outcomeText.getErrorMessage())
                .isEqualTo("Describe the outcome in at most 5,000 characters.");

        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        followUp = open(id).staff.followUp;
        followUp.minutes.setValue("m".repeat(20_001));
        assertThat(followUp.minutes.isInvalid()).isTrue();
        assertThat(followUp.minutes.getErrorMessage()).startsWith("Notatki mogą mieć najwyżej 20").endsWith("000 znaków.");
        followUp.outcomeText.setValue("Enough text");
        _click(followUp.addOutcome);
        assertThat(followUp.outcomeTitle.isInvalid()).isTrue();
        assertThat(followUp.outcomeTitle.getErrorMessage())
                .isEqualTo("Tytuł ustalenia musi mieć od 5 do 120 znaków.");
        _click(followUp.saveMinutes);

        var saved = as("staff@rada.demo", () -> reading.details(id));
        assertThat(saved.minutes()).isEmpty();
        assertThat(saved.outcomes()).isEmpty();
    }

    @Test
    void an_attendee_sees_a_too_long_pulse_comment_refused_on_the_field_in_english_and_polish() {
        long id = scheduled(draft("Pulse form check", 5));
        var english = freshMember(Role.CUSTOMER, Language.EN);
        var polish = freshMember(Role.CUSTOMER, Language.PL);
        as(english, () -> registration.register(id));
        as(polish, () -> registration.register(id));
        startsIn(id, Duration.ofHours(-3), Duration.ofHours(2));
        asDo("staff@rada.demo", () -> {
            attendance.markAttendance(id, user(english).personId(), Attendance.ATTENDED);
            attendance.markAttendance(id, user(polish).personId(), Attendance.ATTENDED);
        });

        loginAsEmail(english);
        var pulse = open(id).pulse;
        pulse.effort.setValue(6);
        pulse.recommend.setValue(9);
        pulse.pulseComment.setValue("c".repeat(2001));
        assertThat(pulse.pulseComment.isInvalid()).isTrue();
        assertThat(pulse.pulseComment.getErrorMessage())
                .isEqualTo("The comment can be at most 2,000 characters long.");
        _click(pulse.sendPulse);

        loginAsEmail(polish);
        pulse = open(id).pulse;
        pulse.effort.setValue(6);
        pulse.recommend.setValue(9);
        pulse.pulseComment.setValue("c".repeat(2001));
        _click(pulse.sendPulse);
        assertThat(pulse.pulseComment.isInvalid()).isTrue();
        assertThat(pulse.pulseComment.getErrorMessage()).startsWith("Komentarz może mieć najwyżej 2")
                .endsWith("000 znaków.");

        assertThat(as("staff@rada.demo", () -> followUp.pulseResults(id)).answers()).isZero();
    }
}
