package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import app.rada.support.Outbox;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class InvitationServiceTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    JdbcTemplate jdbc;

    private long bakery() {
        loginAs("staff");
        return organisationService.organisationIdByName("Piekarnia Złoty Kłos").orElseThrow();
    }

    @Test
    void an_invitation_mail_goes_out_in_the_invitees_language_and_only_a_hash_of_the_token_is_stored() {
        long bakery = bakery();
        invitations.invite(new InvitationRequest("Ola Nowa", "Ola.Nowa@Example.com", bakery, Role.CUSTOMER,
                Language.PL));
        var mail = Outbox.last(jdbc, "ola.nowa@example.com");
        assertThat(mail.subject()).isEqualTo("Zapraszamy do rady klientów w Radzie");
        assertThat(mail.html()).contains("Przyjmij zaproszenie", "/invitation/");
        var token = Outbox.invitationToken(jdbc, "ola.nowa@example.com");
        assertThat(jdbc.queryForList("select token_hash from invitation where email = 'ola.nowa@example.com'",
                String.class)).singleElement().isNotEqualTo(token).asString().hasSize(64);
    }

    @Test
    void accepting_creates_the_member_with_the_invited_role_organisation_and_accepted_terms() {
        long bakery = bakery();
        invitations.invite(new InvitationRequest("Ola Nowa", "ola@example.com", bakery, Role.BOARD_MEMBER,
                Language.EN));
        var token = Outbox.invitationToken(jdbc, "ola@example.com");
        logout();
        assertThat(invitations.open(token).state()).isEqualTo(InvitationState.PENDING);

        long id = invitations.accept(token, "Ola N.", "a-long-enough-secret", true);

        var account = accounts.findLoginAccount("ola@example.com").orElseThrow();
        assertThat(account.personId()).isEqualTo(id);
        assertThat(account.name()).isEqualTo("Ola N.");
        assertThat(account.roles()).containsExactly(Role.BOARD_MEMBER);
        assertThat(account.organisationId()).isEqualTo(bakery);
        assertThat(jdbc.queryForObject("select terms_version from person where id = ?", String.class, id))
                .isEqualTo(Terms.VERSION);
        assertThat(invitations.open(token).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThatThrownBy(() -> invitations.accept(token, "Again", "a-long-enough-secret", true))
                .isInstanceOf(Problem.class).hasMessage("invitation.problem.link");
    }

    @Test
    void an_invitation_cannot_be_accepted_without_the_terms_or_with_a_weak_password() {
        invitations.invite(new InvitationRequest("Ola", "ola2@example.com", bakery(), Role.CUSTOMER, Language.EN));
        var token = Outbox.invitationToken(jdbc, "ola2@example.com");
        assertThatThrownBy(() -> invitations.accept(token, "Ola", "a-long-enough-secret", false))
                .isInstanceOf(Problem.class).hasMessage("invitation.problem.terms");
        assertThatThrownBy(() -> invitations.accept(token, "Ola", "short", true))
                .isInstanceOf(Problem.class).hasMessage("password.problem.policy");
        assertThatThrownBy(() -> invitations.accept(token, "Ola", "xx-ola2@example.com-xx", true))
                .isInstanceOf(Problem.class).hasMessage("password.problem.policy");
        assertThatThrownBy(() -> invitations.accept(token, "Ola", "password12345", true))
                .isInstanceOf(Problem.class).hasMessage("password.problem.policy");
        assertThat(accounts.findLoginAccount("ola2@example.com")).isEmpty();
    }

    @Test
    void expired_and_revoked_links_are_closed_and_resending_gives_a_new_working_link() {
        invitations.invite(new InvitationRequest("Ola", "ola3@example.com", bakery(), Role.CUSTOMER, Language.EN));
        var first = Outbox.invitationToken(jdbc, "ola3@example.com");
        jdbc.update("update invitation set expires_at = created_at - interval '1' day where email = 'ola3@example.com'");
        assertThat(invitations.open(first).state()).isEqualTo(InvitationState.EXPIRED);

        long id = jdbc.queryForObject("select id from invitation where email = 'ola3@example.com'", Long.class);
        invitations.resend(id);
        var second = Outbox.invitationToken(jdbc, "ola3@example.com");
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.open(first).state()).isEqualTo(InvitationState.REVOKED);
        assertThat(invitations.open(second).state()).isEqualTo(InvitationState.PENDING);

        invitations.revoke(id);
        assertThat(invitations.open(second).state()).isEqualTo(InvitationState.REVOKED);
    }

    @Test
    void an_e_mail_that_belongs_to_a_member_is_refused_with_a_clear_reason() {
        bakery();
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("Marek", "CUSTOMER@rada.demo", null,
                Role.CUSTOMER, Language.EN))).isInstanceOf(Problem.class).hasMessage("invitations.problem.member");
    }

    @Test
    void a_list_with_bad_lines_still_sends_the_good_ones_and_says_why_the_others_failed() {
        bakery();
        var rows = InvitationCsv.parse("""
                name;email;organisation;role;language
                Anna Lis;anna.lis@example.com;Piekarnia Złoty Kłos;klient;pl
                Bad Mail;not-an-email;;customer
                Ghost;ghost@example.com;No Such Company;customer
                Marek;customer@rada.demo;;customer
                Ben Board;ben@example.com;Hotel Pod Lipami;board member;en
                """, organisationService::organisationIdByName, Language.EN);
        var outcomes = invitations.inviteAll(rows, done -> { });
        assertThat(outcomes).extracting(RowOutcome::email, RowOutcome::sent, RowOutcome::problemKey)
                .containsExactly(
                        Tuple.tuple("anna.lis@example.com", true, null),
                        Tuple.tuple("not-an-email", false, "invitations.problem.email"),
                        Tuple.tuple("ghost@example.com", false, "invitations.csv.organisation"),
                        Tuple.tuple("customer@rada.demo", false, "invitations.problem.member"),
                        Tuple.tuple("ben@example.com", true, null));
        assertThat(Outbox.last(jdbc, "anna.lis@example.com").language()).isEqualTo("pl");
        assertThat(Outbox.to(jdbc, "ghost@example.com")).isEmpty();
    }

    @Test
    void a_customer_cannot_invite_and_staff_cannot_invite_staff() {
        loginAs("customer");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("X", "x@example.com", null, Role.CUSTOMER,
                Language.EN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.find(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("X", "x@example.com", null, Role.STAFF,
                Language.EN))).isInstanceOf(Problem.class).hasMessage("invitations.problem.role");
        assertThat(List.of(InvitationState.values())).hasSize(4);
    }
}
