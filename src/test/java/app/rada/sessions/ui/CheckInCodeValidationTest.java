package app.rada.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A check-in code of the wrong shape is refused on the field, in the member's language, and costs no try. */
class CheckInCodeValidationTest extends SessionTestBase {

    private SessionView open(long id) {
        UI.getCurrent().navigate(SessionNavigation.session(id));
        return _get(SessionView.class);
    }

    private int attempts(long id, String email) {
        return jdbc.queryForObject("select code_attempts from design_session_registration where session_id = ? "
                + "and person_id = ?", Integer.class, id, user(email).personId());
    }

    @Test
    void a_code_too_short_or_with_other_signs_is_refused_on_the_field_in_english_and_polish() {
        long id = scheduled(draft("Check-in code shape check", 5));
        var english = freshMember(Role.CUSTOMER, Language.EN);
        var polish = freshMember(Role.CUSTOMER, Language.PL);
        asDo(english, () -> registration.register(id));
        asDo(polish, () -> registration.register(id));
        startsIn(id, Duration.ofMinutes(10), Duration.ofHours(1));

        loginAsEmail(english);
        var page = open(id);
        page.member.code.setValue("AB1");
        assertThat(page.member.code.isInvalid()).isTrue();
        assertThat(page.member.code.getErrorMessage())
                .isEqualTo("The code has 6 letters and digits: type it as shown at the session.");
        page.member.code.setValue(" ab 12 cd ");
        assertThat(page.member.code.isInvalid()).as("small letters and spaces do not matter").isFalse();
        page.member.code.setValue("");
        _click(page.member.checkIn);
        assertThat(page.member.code.isInvalid()).isTrue();

        loginAsEmail(polish);
        page = open(id);
        page.member.code.setValue("AB-12!");
        _click(page.member.checkIn);
        assertThat(page.member.code.isInvalid()).isTrue();
        assertThat(page.member.code.getErrorMessage())
                .isEqualTo("Kod ma 6 znaków (litery i cyfry): wpisz go tak, jak pokazano na sesji.");

        assertThat(attempts(id, english)).isZero();
        assertThat(attempts(id, polish)).isZero();
        assertThat(state(id, polish)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select attendance from design_session_registration where session_id = ? "
                + "and person_id = ?", String.class, id, user(polish).personId())).isNotEqualTo("ATTENDED");
    }
}
