package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;

    @Test
    void a_member_sees_their_organisation_and_the_weight_of_their_vote() {
        loginAs("board");
        UI.getCurrent().navigate("me");
        var facts = _get(DescriptionList.class, spec -> spec.withId("profile-facts")).getElement()
                .getTextRecursively();
        assertThat(facts).contains("Katarzyna Zielińska", "board@rada.demo", "Hotel Pod Lipami",
                "Strategic: each of your votes on ideas counts 3 times", "RolesBoard member");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_polish_is_remembered_for_the_person() {
        var user = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("me");
        Select<Language> language = _get(Select.class, spec -> spec.withId("profile-language"));
        language.setValue(Language.PL);
        assertThat(accounts.findLoginAccount(user.email()).orElseThrow().language()).isEqualTo(Language.PL);
    }

    @Test
    void a_member_finds_download_and_delete_on_their_profile_and_a_wrong_confirmation_deletes_nothing() {
        loginAs("customer");
        UI.getCurrent().navigate("me");
        var section = _get(PrivacySection.class);
        assertThat(section.download.getText()).isEqualTo("Download my data");
        LocatorJ._click(section.delete);
        section.confirmation.setValue("not-my-address@example.com");
        LocatorJ._click(section.confirmDelete);
        assertThat(section.error.getText()).isEqualTo("The e-mail address does not match your account.");
        assertThat(accounts.findLoginAccount("customer@rada.demo")).isPresent();
    }

    @Test
    void the_profile_is_refused_to_anonymous_visitors() {
        UI.getCurrent().navigate("me");
        _get(LoginView.class);
    }
}
