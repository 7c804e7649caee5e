package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.InvitationRequest;
import app.rada.people.InvitationService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import app.rada.support.KaribuTest;
import app.rada.support.Outbox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class InvitationViewTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcTemplate jdbc;

    private String invite(String email, Language language) {
        loginAs("staff");
        invitations.invite(new InvitationRequest("Nina Nowak", email, null, Role.CUSTOMER, language));
        logout();
        return Outbox.invitationToken(jdbc, email);
    }

    @Test
    void the_invitee_sets_a_password_accepts_the_terms_and_is_logged_in() {
        var token = invite("nina@example.com", Language.EN);
        UI.getCurrent().navigate("invitation/" + token);
        var view = _get(InvitationView.class);
        assertThat(view.name.getValue()).isEqualTo("Nina Nowak");
        view.password.setValue("correct horse battery");
        view.repeat.setValue("correct horse battery");
        view.terms.setValue(true);
        _click(view.accept);
        assertThat(view.error.getText()).isEmpty();
        assertThat(CurrentUser.get()).hasValueSatisfying(user -> assertThat(user.email()).isEqualTo("nina@example.com"));
    }

    @Test
    void without_the_terms_the_invitee_is_told_to_accept_them() {
        var token = invite("nina2@example.com", Language.EN);
        UI.getCurrent().navigate("invitation/" + token);
        var view = _get(InvitationView.class);
        view.password.setValue("correct horse battery");
        view.repeat.setValue("correct horse battery");
        _click(view.accept);
        assertThat(view.error.getText()).isEqualTo("Please accept the terms of use and the privacy notice to join.");
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void the_page_speaks_the_language_of_the_invitation() {
        var token = invite("nina3@example.com", Language.PL);
        UI.getCurrent().navigate("invitation/" + token);
        assertThat(_get(H1.class, spec -> spec.withId("invitation-title")).getText()).isEqualTo("Dołącz do Rady");
    }

    @Test
    void an_unknown_or_used_link_gets_a_clear_page_not_an_error() {
        UI.getCurrent().navigate("invitation/not-a-real-token");
        assertThat(_get(H1.class, spec -> spec.withId("invitation-closed")).getText())
                .isEqualTo("This invitation link no longer works");
    }

    @Test
    void bad_values_are_refused_on_their_fields_in_the_invitations_language_and_nobody_joins() {
        var token = invite("nina4@example.com", Language.EN);
        UI.getCurrent().navigate("invitation/" + token);
        var view = _get(InvitationView.class);
        view.name.setValue("  ");
        view.password.setValue("short");
        view.repeat.setValue("other");
        view.terms.setValue(true);
        _click(view.accept);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give a name of 1 to 120 characters.");
        assertThat(view.password.getField().isInvalid()).isTrue();
        assertThat(view.password.getField().getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(CurrentUser.get()).isEmpty();

        var polish = invite("nina5@example.com", Language.PL);
        UI.getCurrent().navigate("invitation/" + polish);
        view = _get(InvitationView.class);
        view.name.setValue("");
        view.password.setValue("nina5-lantern-cobalt");
        view.repeat.setValue("nina5-lantern-cobalt!");
        view.terms.setValue(true);
        _click(view.accept);
        assertThat(view.name.getErrorMessage()).isEqualTo("Podaj imię i nazwisko o długości od 1 do 120 znaków.");
        assertThat(view.password.getField().getErrorMessage())
                .isEqualTo("Nie używaj w haśle nazwy ze swojego adresu e-mail.");
        assertThat(view.repeat.getErrorMessage()).isEqualTo("Hasła się różnią.");
        assertThat(CurrentUser.get()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from person where email in (?, ?)", Integer.class,
                "nina4@example.com", "nina5@example.com")).isZero();
    }
}
