package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class MembershipServiceTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;

    @Autowired
    MembershipService memberships;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    JdbcTemplate jdbc;

    private long customer() {
        return accounts.findLoginAccount(freshMember(Role.CUSTOMER, Language.EN)).orElseThrow().personId();
    }

    @Test
    void an_admin_makes_a_customer_a_board_member_for_a_term_and_it_is_audited() {
        loginAs("admin");
        long id = customer();
        memberships.changeMembership(id, new MembershipChange(EnumSet.of(Role.BOARD_MEMBER), null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        var details = memberships.details(id);
        assertThat(details.roles()).containsExactly(Role.BOARD_MEMBER);
        assertThat(details.organisationId()).isNull();
        assertThat(details.boardTermEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ROLES_CHANGED' "
                + "and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void a_board_member_needs_a_term_in_the_right_order() {
        loginAs("admin");
        long id = customer();
        assertThatThrownBy(() -> memberships.changeMembership(id, new MembershipChange(EnumSet.of(Role.BOARD_MEMBER),
                null, null, null))).isInstanceOf(Problem.class).hasMessage("people.problem.term-missing");
        assertThatThrownBy(() -> memberships.changeMembership(id, new MembershipChange(EnumSet.of(Role.BOARD_MEMBER),
                null, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1))))
                .isInstanceOf(Problem.class).hasMessage("people.problem.term-order");
        assertThat(memberships.details(id).roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void a_deactivated_person_cannot_log_in_and_can_be_reactivated() {
        loginAs("admin");
        long id = customer();
        memberships.deactivate(id);
        assertThat(memberships.details(id).active()).isFalse();
        memberships.reactivate(id);
        assertThat(memberships.details(id).active()).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_themselves_or_drop_their_own_admin_role() {
        var admin = loginAs("admin");
        assertThatThrownBy(() -> memberships.deactivate(admin.personId()))
                .isInstanceOf(Problem.class).hasMessage("people.problem.own-deactivation");
        assertThatThrownBy(() -> memberships.changeMembership(admin.personId(),
                new MembershipChange(EnumSet.of(Role.STAFF), null, null, null)))
                .isInstanceOf(Problem.class).hasMessage("people.problem.own-admin");
    }

    @Test
    void staff_cannot_change_roles_or_deactivate_anyone() {
        loginAs("staff");
        long id = customer();
        assertThatThrownBy(() -> memberships.deactivate(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.changeMembership(id, new MembershipChange(EnumSet.of(Role.STAFF), null,
                null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organisation_names_are_unique_and_segment_weights_stay_between_one_and_ten() {
        loginAs("admin");
        var standard = organisationService.segments().stream().filter(s -> s.code().equals("standard")).findFirst().orElseThrow();
        var created = organisationService.saveOrganisation(null, "Nowa Firma", standard.id(), "notes", true);
        assertThat(created.members()).isZero();
        assertThatThrownBy(() -> organisationService.saveOrganisation(null, "nowa firma ", standard.id(), null, true))
                .isInstanceOf(Problem.class);
        assertThatThrownBy(() -> organisationService.saveSegment(standard.id(), "standard", "Standard", "Standardowy", null, 11))
                .isInstanceOf(Problem.class).hasMessage("segments.problem.weight");
        var changed = organisationService.saveSegment(standard.id(), "ignored", "Standard", "Standardowy", null, 2);
        assertThat(changed.voteWeight()).isEqualTo(2);
        assertThat(changed.code()).isEqualTo("standard");
    }
}
