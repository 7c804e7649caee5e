package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.InvitationRequest;
import app.rada.people.InvitationService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationFormTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    private InvitationsView open() {
        UI.getCurrent().navigate("staff/invitations");
        return _get(InvitationsView.class);
    }

    @Test
    void a_bad_address_and_a_name_too_long_show_on_their_fields_while_typing() {
        loginAs("staff");
        var view = open();
        view.email.setValue("not-an-address");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("“not-an-address” is not a valid e-mail address.");
        view.email.setValue("Irena.Kot@Example.com");
        assertThat(view.email.isInvalid()).isFalse();

        view.name.setValue("x".repeat(121));
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give a name of 1 to 120 characters.");
        view.name.setValue("");
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter the person's name");

        int before = _size(view.grid);
        _click(view.invite);
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void polish_staff_read_the_field_errors_in_polish() {
        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        var view = open();
        view.email.setValue("zly-adres");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("„zly-adres” nie jest prawidłowym adresem e-mail.");
        view.name.setValue("x".repeat(121));
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage())
                .isEqualTo("Podaj imię i nazwisko o długości od 1 do 120 znaków.");
    }

    @Test
    void the_service_refuses_the_same_bad_requests_with_the_same_keys() {
        loginAs("staff");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("  ", "ok@example.com", null,
                Role.CUSTOMER, Language.EN))).isInstanceOf(Problem.class).hasMessage("invitations.problem.name");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("Ola", "ola@", null,
                Role.CUSTOMER, Language.EN))).isInstanceOf(Problem.class).hasMessage("invitations.problem.email");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("", "ola@", null,
                Role.CUSTOMER, Language.EN))).isInstanceOf(Problem.class).hasMessage("invitations.problem.name");
    }
}
