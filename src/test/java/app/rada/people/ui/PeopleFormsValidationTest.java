package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.OrganisationService;
import app.rada.people.PersonRow;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people forms show a refusal on the field that caused it, in the reader's language, and save nothing. */
class PeopleFormsValidationTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;
    @Autowired
    OrganisationService organisations;

    private PersonDialog openPerson(String adminEmail, String personEmail) {
        loginAsEmail(adminEmail);
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        view.search.setValue(personEmail);
        var row = (PersonRow) GridKt._get(view.grid, 0);
        return view.openPerson(row.id());
    }

    @Test
    void no_role_and_a_term_ending_before_it_starts_are_marked_on_their_fields_in_english_and_polish() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var dialog = openPerson(freshMember(Role.ADMIN, Language.EN), email);
        dialog.roles.setValue(Set.of());
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        dialog.roles.setValue(Set.of(Role.BOARD_MEMBER));
        assertThat(dialog.roles.isInvalid()).isFalse();
        dialog.termStart.setValue(LocalDate.of(2027, 1, 1));
        dialog.termEnd.setValue(LocalDate.of(2026, 6, 30));
        assertThat(dialog.termEnd.isInvalid()).isTrue();
        assertThat(dialog.termEnd.getErrorMessage()).isEqualTo("The term cannot end before it starts.");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("The term cannot end before it starts.");
        dialog.roles.setValue(Set.of(Role.CUSTOMER));
        assertThat(dialog.termEnd.isInvalid()).as("without the board role the term is not judged").isFalse();

        dialog = openPerson(freshMember(Role.ADMIN, Language.PL), email);
        dialog.roles.setValue(Set.of(Role.BOARD_MEMBER));
        _click(dialog.save);
        assertThat(dialog.termStart.isInvalid()).isTrue();
        assertThat(dialog.termStart.getErrorMessage())
                .isEqualTo("Członek rady musi mieć kadencję: wybierz jej początek i koniec.");
        dialog.termStart.setValue(LocalDate.of(2027, 1, 1));
        dialog.termEnd.setValue(LocalDate.of(2026, 1, 1));
        assertThat(dialog.termEnd.getErrorMessage()).isEqualTo("Kadencja nie może kończyć się przed początkiem.");
        dialog.roles.setValue(Set.of());
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Wybierz co najmniej jedną rolę.");

        assertThat(accounts.findLoginAccount(email).orElseThrow().roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void a_confirmation_that_is_not_the_accounts_address_is_marked_on_the_field_in_english_and_polish() {
        for (var language : new Language[] {Language.EN, Language.PL}) {
            var email = freshMember(Role.CUSTOMER, language);
            loginAsEmail(email);
            UI.getCurrent().navigate("me");
            var section = _get(PrivacySection.class);
            _click(section.delete);
            section.confirmation.setValue("someone-else@example.com");
            assertThat(section.confirmation.isInvalid()).isTrue();
            assertThat(section.confirmation.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "The e-mail address does not match your account." : "Adres e-mail nie zgadza się z Twoim kontem.");
            _click(section.confirmDelete);
            section.confirmation.setValue("  " + email.toUpperCase() + " ");
            assertThat(section.confirmation.isInvalid()).as("capitals and spaces do not matter").isFalse();
            assertThat(accounts.findLoginAccount(email)).isPresent();
        }
    }

    @Test
    void a_new_segments_code_names_and_weight_are_marked_on_their_fields_in_english_and_polish() {
        loginAs("admin");
        int before = organisations.segments().size();
        for (var language : new Language[] {Language.EN, Language.PL}) {
            loginAsEmail(freshMember(Role.ADMIN, language));
            UI.getCurrent().navigate("admin/organisations");
            _get(OrganisationsView.class).editSegment(null);
            var code = _get(TextField.class, spec -> spec.withId("segment-code"));
            var nameEn = _get(TextField.class, spec -> spec.withId("segment-name-en"));
            var weight = _get(IntegerField.class, spec -> spec.withId("segment-weight"));
            code.setValue("x");
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "The code needs 2 to 40 letters, digits or hyphens."
                    : "Kod musi mieć od 2 do 40 liter, cyfr lub łączników.");
            code.setValue(" Retail-Chains ");
            assertThat(code.isInvalid()).as("kept in small letters without the spaces").isFalse();
            weight.setValue(11);
            assertThat(weight.isInvalid()).isTrue();
            assertThat(weight.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "The vote weight must be between 1 and 10." : "Waga głosu musi wynosić od 1 do 10.");
            _click(_get(Button.class, spec -> spec.withId("save-segment")));
            assertThat(nameEn.isInvalid()).isTrue();
            assertThat(nameEn.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "Give the segment a name in both languages." : "Nadaj segmentowi nazwę w obu językach.");
            nameEn.setValue("x".repeat(81));
            assertThat(nameEn.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "A name can have at most 80 characters." : "Nazwa może mieć najwyżej 80 znaków.");
        }
        loginAs("admin");
        assertThat(organisations.segments()).hasSize(before);
    }
}
