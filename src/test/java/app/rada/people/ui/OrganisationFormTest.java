package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.OrganisationService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationFormTest extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    private void openNewOrganisation() {
        UI.getCurrent().navigate("admin/organisations");
        _get(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
    }

    @Test
    void a_name_too_long_and_notes_too_long_show_on_their_fields_while_typing() {
        loginAs("admin");
        openNewOrganisation();
        var name = _get(TextField.class, spec -> spec.withId("organisation-name"));
        name.setValue("x".repeat(161));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give a name of 1 to 160 characters.");
        name.setValue("Drukarnia Nowa");
        assertThat(name.isInvalid()).isFalse();
        var notes = _get(TextArea.class, spec -> spec.withId("organisation-notes"));
        notes.setValue("y".repeat(2001));
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).startsWith("Notes can have at most ");
    }

    @Test
    void a_polish_admin_reads_the_field_error_in_polish() {
        loginAsEmail(freshMember(Role.ADMIN, Language.PL));
        openNewOrganisation();
        var name = _get(TextField.class, spec -> spec.withId("organisation-name"));
        name.setValue("   ");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Podaj nazwę o długości od 1 do 160 znaków.");
    }

    @Test
    void the_service_refuses_the_same_bad_organisations_with_the_same_keys() {
        loginAs("admin");
        long segment = organisations.segments().getFirst().id();
        assertThatThrownBy(() -> organisations.saveOrganisation(null, "  ", segment, null, true))
                .isInstanceOf(Problem.class).hasMessage("organisations.problem.name");
        assertThatThrownBy(() -> organisations.saveOrganisation(null, "Firma", segment, "n".repeat(2001), true))
                .isInstanceOf(Problem.class).hasMessage("organisations.problem.notes");
        assertThatThrownBy(() -> organisations.saveOrganisation(null, "", segment, "n".repeat(2001), true))
                .isInstanceOf(Problem.class).hasMessage("organisations.problem.name");
    }
}
