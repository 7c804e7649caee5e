package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** An empty list of people to invite is refused on the field, in the reader's language, and nothing goes out. */
class BulkInvitationValidationTest extends KaribuTest {

    @Test
    void an_empty_list_is_marked_on_the_field_in_english_and_polish() {
        for (var language : new Language[] {Language.EN, Language.PL}) {
            loginAsEmail(freshMember(Role.STAFF, language));
            UI.getCurrent().navigate("staff/invitations");
            var panel = _get(BulkInvitationPanel.class);
            panel.list.setValue("Ann Example, ann@example.com");
            panel.list.setValue("  \n ");
            assertThat(panel.list.isInvalid()).isTrue();
            assertThat(panel.list.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "There is nothing to send: paste or upload at least one line."
                    : "Nie ma czego wysłać: wklej lub wgraj przynajmniej jeden wiersz.");
            _click(panel.inviteAll);
            assertThat(panel.summary.getText()).as("nothing was sent").isEmpty();
            assertThat(panel.progress.isVisible()).isFalse();
        }
    }
}
