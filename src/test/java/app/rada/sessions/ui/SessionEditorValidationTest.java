package app.rada.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.SessionTestBase;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The editor shows a broken rule on the field that breaks it, while staff type, in their language. */
class SessionEditorValidationTest extends SessionTestBase {

    private SessionEditorView newSession(Locale locale) {
        loginAs("staff");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("sessions/edit");
        return _get(SessionEditorView.class);
    }

    @Test
    void a_fresh_form_shows_no_errors_before_anything_is_typed() {
        var editor = newSession(Locale.ENGLISH);
        assertThat(editor.title.isInvalid()).isFalse();
        assertThat(editor.endsAt.isInvalid()).isFalse();
        assertThat(editor.capacity.isInvalid()).isFalse();
    }

    @Test
    void a_blank_title_is_marked_on_the_title_field_in_english() {
        var editor = newSession(Locale.ENGLISH);
        editor.title.setValue("Returns at home");
        assertThat(editor.title.isInvalid()).isFalse();
        editor.title.setValue("   ");
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Give the session a title of at most 160 characters.");
        editor.title.setValue("Returns at home");
        assertThat(editor.title.isInvalid()).isFalse();
    }

    @Test
    void a_blank_title_is_marked_on_the_title_field_in_polish() {
        var editor = newSession(Locale.forLanguageTag("pl"));
        editor.title.setValue("Zwroty w domu");
        editor.title.setValue("");
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Nadaj sesji tytuł, najwyżej 160 znaków.");
    }

    @Test
    void an_end_before_the_start_is_marked_on_the_end_and_cleared_when_the_start_moves() {
        var editor = newSession(Locale.ENGLISH);
        var start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
        editor.startsAt.setValue(start);
        editor.endsAt.setValue(start.minusHours(1));
        assertThat(editor.endsAt.isInvalid()).isTrue();
        assertThat(editor.endsAt.getErrorMessage()).isEqualTo("The session must end after it starts.");
        editor.startsAt.setValue(start.minusHours(3));
        assertThat(editor.endsAt.isInvalid()).isFalse();
    }

    @Test
    void an_end_before_the_start_is_marked_in_polish() {
        var editor = newSession(Locale.forLanguageTag("pl"));
        var start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
        editor.startsAt.setValue(start);
        editor.endsAt.setValue(start.minusHours(1));
        assertThat(editor.endsAt.isInvalid()).isTrue();
        assertThat(editor.endsAt.getErrorMessage()).isEqualTo("Sesja musi się kończyć po rozpoczęciu.");
    }

    @Test
    void no_seats_are_marked_on_the_capacity_in_english() {
        var editor = newSession(Locale.ENGLISH);
        editor.capacity.setValue(0);
        assertThat(editor.capacity.isInvalid()).isTrue();
        assertThat(editor.capacity.getErrorMessage()).isEqualTo("Seats must be between 1 and 10,000.");
    }

    @Test
    void no_seats_are_marked_on_the_capacity_in_polish() {
        var polish = newSession(Locale.forLanguageTag("pl"));
        polish.capacity.setValue(0);
        assertThat(polish.capacity.isInvalid()).isTrue();
        assertThat(polish.capacity.getErrorMessage()).isEqualTo("Liczba miejsc musi wynosić od 1 do 10\u00a0000.");
    }

    @Test
    void saving_a_broken_draft_marks_its_fields_and_saves_nothing() {
        var editor = newSession(Locale.ENGLISH);
        editor.title.setValue("");
        editor.capacity.setValue(0);
        _click(editor.save);
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.capacity.isInvalid()).isTrue();
        assertThat(editor.error.getText()).isEqualTo("Give the session a title of at most 160 characters.");
        assertThat(_get(SessionEditorView.class)).isSameAs(editor);
    }
}
