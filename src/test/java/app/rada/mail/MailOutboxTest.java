package app.rada.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

class MailOutboxTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailService mail;

    @Autowired
    JdbcTemplate jdbc;

    private long invitationId;
    private long resetId;

    @BeforeEach
    void mails() {
        invitationId = mail.enqueue(new OutgoingMail("invitee@outbox.test", Language.EN, "invitation",
                "You are invited", "Hello", List.of("Join us."), "Accept", "https://rada.example/invitation/abc", null));
        resetId = mail.enqueue(new OutgoingMail("admin@rada.demo", Language.EN, "password-reset",
                "Reset your Rada password", "Choose a new password", List.of("The link works once."),
                "Choose a new password", "https://rada.example/password-reset/secret-token", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer", "board"})
    void customers_and_board_members_are_refused_by_the_service(String role) {
        loginAs(role);
        assertThatThrownBy(() -> outbox.find(OutboxFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.count(OutboxFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.open(invitationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.retryNow(invitationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.deliveryActive()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_refused() {
        assertThatThrownBy(() -> outbox.find(OutboxFilter.none(), 0, 10)).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationException.class);
    }

    @Test
    void staff_read_an_invitation_in_full() {
        loginAs("staff");
        var details = outbox.open(invitationId);
        assertThat(details.withheld()).isFalse();
        assertThat(details.bodyText()).contains("Accept: https://rada.example/invitation/abc");
        assertThat(details.bodyHtml()).contains("href=\"https://rada.example/invitation/abc\"");
    }

    @Test
    void staff_cannot_read_a_password_reset_link_but_an_admin_can_and_that_is_audited() {
        loginAs("staff");
        var forStaff = outbox.open(resetId);
        assertThat(forStaff.withheld()).isTrue();
        assertThat(forStaff.bodyHtml()).isNull();
        assertThat(forStaff.bodyText()).isNull();
        assertThat(forStaff.subject()).isEqualTo("Reset your Rada password");

        var admin = loginAs("admin");
        var forAdmin = outbox.open(resetId);
        assertThat(forAdmin.withheld()).isFalse();
        assertThat(forAdmin.bodyText()).contains("secret-token");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MAIL_READ' and actor_id = ? "
                + "and target_id = ?", Integer.class, admin.personId(), String.valueOf(resetId))).isEqualTo(1);
    }

    @Test
    void a_sent_mail_cannot_be_retried() {
        jdbc.update("update outbox_mail set status = 'SENT', sent_at = created_at where id = ?", invitationId);
        loginAs("staff");
        assertThatThrownBy(() -> outbox.retryNow(invitationId)).isInstanceOf(Problem.class)
                .hasMessage("outbox.problem.sent");
    }

    @Test
    void a_mail_being_sent_right_now_is_not_retried_under_the_senders_feet() {
        jdbc.update("update outbox_mail set claim_token = 'busy', claimed_until = current_timestamp + interval '5' minute "
                + "where id = ?", invitationId);
        loginAs("staff");
        assertThatThrownBy(() -> outbox.retryNow(invitationId)).isInstanceOf(Problem.class)
                .hasMessage("outbox.problem.busy");
    }

    @Test
    void without_a_mail_server_delivery_is_off() {
        loginAs("staff");
        assertThat(outbox.deliveryActive()).isFalse();
    }
}
