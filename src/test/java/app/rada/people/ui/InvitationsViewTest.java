package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import app.rada.support.Uploads;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InvitationsViewTest extends KaribuTest {

    @Test
    void staff_invite_one_person_and_see_the_invitation_pending_in_the_list() {
        loginAs("staff");
        UI.getCurrent().navigate("staff/invitations");
        var view = _get(InvitationsView.class);
        int before = _size(view.grid);
        assertThat(view.role.getListDataView().getItems()).doesNotContain(Role.STAFF);

        view.name.setValue("Irena Kot");
        view.email.setValue("irena.kot@example.com");
        _click(view.invite);

        assertThat(_size(view.grid)).isEqualTo(before + 1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Irena Kot", "irena.kot@example.com", "Customer");
        assertThat(view.name.getValue()).isEmpty();
    }

    @Test
    void inviting_an_existing_member_shows_why_on_the_e_mail_field() {
        loginAs("staff");
        UI.getCurrent().navigate("staff/invitations");
        var view = _get(InvitationsView.class);
        view.name.setValue("Marek");
        view.email.setValue("customer@rada.demo");
        _click(view.invite);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("customer@rada.demo already belongs to a member.");
    }

    @Test
    void a_pasted_list_sends_valid_lines_and_lists_the_lines_that_failed() {
        loginAs("admin");
        UI.getCurrent().navigate("staff/invitations");
        var view = _get(InvitationsView.class);
        assertThat(view.role.getListDataView().getItems()).contains(Role.STAFF);
        view.list.setValue("""
                Ala Ma, ala.ma@example.com, Hotel Pod Lipami, customer
                Zły Wiersz, zly-adres
                Tom Staff, tom@example.com, , staff
                """);
        _click(view.inviteAll);
        assertThat(view.summary.getText()).isEqualTo("2 invitations sent; 1 line could not be sent.");
        assertThat(_size(view.problems)).isEqualTo(1);
        assertThat(_getFormattedRow(view.problems, 0)).contains("2", "zly-adres",
                "“zly-adres” is not a valid e-mail address.");
        assertThat(view.list.getValue()).contains("zly-adres");
    }

    @Test
    void a_long_list_goes_out_in_the_background_with_progress_and_a_summary() throws InterruptedException {
        loginAs("staff");
        UI.getCurrent().navigate("staff/invitations");
        var view = _get(InvitationsView.class);
        var lines = new StringBuilder();
        for (int i = 0; i < InvitationsView.BACKGROUND_FROM + 10; i++) {
            lines.append("Guest ").append(i).append(", guest").append(i).append("@example.com\n");
        }
        view.list.setValue(lines.toString());
        _click(view.inviteAll);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.inviteAll.isEnabled()).isFalse();
        for (int i = 0; i < 200 && view.summary.getText().isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(view.summary.getText()).isEqualTo("60 invitations sent; no line had a problem.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.inviteAll.isEnabled()).isTrue();
    }

    @Test
    void a_customer_cannot_open_invitations() {
        loginAs("customer");
        UI.getCurrent().navigate("staff/invitations");
        _get(NoAccessView.class);
    }

    @Test
    void an_invitation_list_over_1_mb_is_refused_on_the_server_after_reading_no_more_than_the_limit()
            throws Exception {
        loginAs("staff");
        UI.getCurrent().navigate("staff/invitations");
        var view = _get(InvitationsView.class);
        var start = "email,name\nann@example.com,Ann\n".getBytes(StandardCharsets.UTF_8);
        var body = Uploads.send(view.listHandler, view.list, "people.csv", -1, start, 300L * 1024 * 1024);
        assertThat(body.bytesRead()).isLessThanOrEqualTo(InvitationsView.MAX_UPLOAD_BYTES + 1L);
        assertThat(view.list.getValue()).isEmpty();
        expectNotifications("Only CSV or text files up to 1 MB can be uploaded.");

        Uploads.send(view.listHandler, view.list, "people.csv", start.length, start, start.length);
        assertThat(view.list.getValue()).contains("ann@example.com");
    }
}
