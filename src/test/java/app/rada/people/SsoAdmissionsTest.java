package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class SsoAdmissionsTest extends KaribuTest {

    private static final String ISSUER = "https://login.example.com/realms/company";
    private static final AtomicInteger SUBJECTS = new AtomicInteger();

    @Autowired
    SsoAdmissions admissions;

    @Autowired
    SignUpRules rules;

    @Autowired
    InvitationService invitations;

    @Autowired
    MembershipService memberships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private static String subject() {
        return "subject-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime();
    }

    private static SsoIdentity verified(String subject, String email) {
        return new SsoIdentity("keycloak", ISSUER, subject, email, true, "Ola Nowak", Set.of());
    }

    private long bakery() {
        loginAs("admin");
        var id = organisations.organisationIdByName("Piekarnia Złoty Kłos").orElseThrow();
        logout();
        return id;
    }

    @Test
    void a_verified_address_of_an_active_person_admits_them_and_later_logins_match_by_the_providers_subject() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var subject = subject();

        var first = admissions.admit(verified(subject, email.toUpperCase()));

        assertThat(first.isAdmitted()).isTrue();
        assertThat(first.way()).isEqualTo("email");
        var person = accounts.findLoginAccount(email).orElseThrow();
        assertThat(first.account().personId()).isEqualTo(person.personId());
        assertThat(first.account().passwordHash()).isNull();
        // the provider's address changed and is not even verified now: the subject still names the person
        var later = admissions.admit(new SsoIdentity("keycloak", ISSUER, subject, "renamed@elsewhere.example",
                false, null, Set.of()));
        assertThat(later.way()).isEqualTo("identity");
        assertThat(later.account().personId()).isEqualTo(person.personId());
        assertThat(jdbc.queryForObject("select count(*) from person_identity where person_id = ?", Long.class,
                person.personId())).isEqualTo(1L);
    }

    @Test
    void an_address_the_provider_does_not_vouch_for_is_refused_even_when_it_matches_a_person() {
        var email = freshMember(Role.CUSTOMER, Language.EN);

        var admission = admissions.admit(new SsoIdentity("keycloak", ISSUER, subject(), email, false, null, Set.of()));

        assertThat(admission.isAdmitted()).isFalse();
        assertThat(admission.refusal()).isEqualTo(SsoRefusal.EMAIL_NOT_VERIFIED);
        assertThat(admissions.admit(new SsoIdentity("keycloak", ISSUER, subject(), null, true, null, Set.of()))
                .refusal()).isEqualTo(SsoRefusal.EMAIL_NOT_VERIFIED);
        assertThat(jdbc.queryForObject("select count(*) from person_identity where person_id = ?", Long.class,
                accounts.findLoginAccount(email).orElseThrow().personId())).isZero();
    }

    @Test
    void an_address_of_an_unknown_domain_without_invitation_is_refused_and_nobody_is_created() {
        var email = "someone-" + System.nanoTime() + "@unknown-domain.example";

        var admission = admissions.admit(verified(subject(), email));

        assertThat(admission.refusal()).isEqualTo(SsoRefusal.NO_MATCH);
        assertThat(accounts.findLoginAccount(email)).isEmpty();
    }

    @Test
    void a_deactivated_person_is_refused_by_address_and_by_an_identity_linked_before() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var subject = subject();
        assertThat(admissions.admit(verified(subject, email)).isAdmitted()).isTrue();
        var id = accounts.findLoginAccount(email).orElseThrow().personId();
        loginAs("admin");
        memberships.deactivate(id);
        logout();

        assertThat(admissions.admit(verified(subject, email)).refusal()).isEqualTo(SsoRefusal.DEACTIVATED);
        assertThat(admissions.admit(verified(subject(), email)).refusal()).isEqualTo(SsoRefusal.DEACTIVATED);
    }

    @Test
    void an_open_invitation_is_accepted_as_it_says_and_cannot_be_used_twice() {
        long bakery = bakery();
        var email = "invited-" + System.nanoTime() + "@example.com";
        loginAs("staff");
        invitations.invite(new InvitationRequest("Ola Invited", email, bakery, Role.BOARD_MEMBER, Language.PL));
        logout();

        var admission = admissions.admit(verified(subject(), email));

        assertThat(admission.way()).isEqualTo("invitation");
        var account = accounts.findLoginAccount(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.BOARD_MEMBER);
        assertThat(account.organisationId()).isEqualTo(bakery);
        assertThat(account.language()).isEqualTo(Language.PL);
        assertThat(jdbc.queryForObject("select count(*) from invitation where email = ? and accepted_at is not null "
                + "and person_id = ?", Long.class, email, account.personId())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INVITATION_ACCEPTED' "
                + "and actor_id = ?", Long.class, account.personId())).isEqualTo(1L);
    }

    @Test
    void an_invitation_already_withdrawn_admits_no_one() {
        long bakery = bakery();
        var email = "withdrawn-" + System.nanoTime() + "@example.com";
        loginAs("staff");
        var invitation = invitations.invite(new InvitationRequest("Ola Late", email, bakery, Role.CUSTOMER,
                Language.EN));
        invitations.revoke(invitation);
        logout();

        var admission = admissions.admit(verified(subject(), email));

        assertThat(admission.refusal()).isEqualTo(SsoRefusal.INVITATION_CLOSED);
        assertThat(accounts.findLoginAccount(email)).isEmpty();
    }

    @Test
    void a_sign_up_rule_for_the_domain_creates_the_person_in_its_organisation_with_its_role() {
        long bakery = bakery();
        var domain = "hotel-" + System.nanoTime() + ".example.pl";
        loginAs("admin");
        rules.add(new SignUpRuleDraft(" @" + domain.toUpperCase() + " ", bakery, Role.CUSTOMER));
        assertThat(rules.rules()).extracting(SignUpRuleRow::domain).contains(domain);
        logout();

        var admission = admissions.admit(verified(subject(), "Guest@" + domain));

        assertThat(admission.way()).isEqualTo("rule");
        var account = accounts.findLoginAccount("guest@" + domain).orElseThrow();
        assertThat(account.name()).isEqualTo("Ola Nowak");
        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.organisationId()).isEqualTo(bakery);
        // another address of a sub-domain is not the domain
        assertThat(admissions.admit(verified(subject(), "guest@mail." + domain)).refusal())
                .isEqualTo(SsoRefusal.NO_MATCH);
    }

    @Test
    void mapped_groups_replace_the_roles_and_bump_the_rights_stamp() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var before = accounts.findLoginAccount(email).orElseThrow();

        var admission = admissions.admit(new SsoIdentity("entra", ISSUER, subject(), email, true, null,
                EnumSet.of(Role.STAFF)));

        var after = accounts.findLoginAccount(email).orElseThrow();
        assertThat(after.roles()).containsExactly(Role.STAFF);
        assertThat(after.rightsVersion()).isGreaterThan(before.rightsVersion());
        assertThat(admission.account().rightsVersion()).isEqualTo(after.rightsVersion());
        assertThat(admission.account().asUser().isStaff()).isTrue();
        // no mapped group: Rada's own roles stay
        admissions.admit(new SsoIdentity("entra", ISSUER, subject(), email, true, null, Set.of()));
        assertThat(accounts.findLoginAccount(email).orElseThrow().rightsVersion()).isEqualTo(after.rightsVersion());
    }

    @Test
    void only_administrators_keep_sign_up_rules_and_every_change_is_audited() {
        long bakery = bakery();
        var domain = "rules-" + System.nanoTime() + ".example.com";
        loginAs("staff");
        assertThatThrownBy(() -> rules.add(new SignUpRuleDraft(domain, bakery, Role.CUSTOMER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.rules()).isInstanceOf(AccessDeniedException.class);

        loginAs("admin");
        assertThatThrownBy(() -> rules.add(new SignUpRuleDraft("not a domain", bakery, Role.CUSTOMER)))
                .isInstanceOf(Problem.class).hasMessage("sso.problem.domain");
        assertThatThrownBy(() -> rules.add(new SignUpRuleDraft(domain, bakery, Role.ADMIN)))
                .isInstanceOf(Problem.class).hasMessage("sso.problem.role");
        assertThatThrownBy(() -> rules.add(new SignUpRuleDraft(domain, null, Role.CUSTOMER)))
                .isInstanceOf(Problem.class).hasMessage("sso.problem.organisation");
        long id = rules.add(new SignUpRuleDraft(domain, bakery, Role.STAFF));
        assertThatThrownBy(() -> rules.add(new SignUpRuleDraft(domain, bakery, Role.CUSTOMER)))
                .isInstanceOf(Problem.class).hasMessage("sso.problem.domain-taken");

        loginAs("staff");
        assertThatThrownBy(() -> rules.remove(id)).isInstanceOf(AccessDeniedException.class);
        loginAs("admin");
        rules.remove(id);
        assertThat(rules.rules()).extracting(SignUpRuleRow::domain).doesNotContain(domain);
        assertThat(jdbc.queryForList("select action from audit_entry where target_label = ? order by id",
                String.class, domain)).containsExactly("SSO_RULE_ADDED", "SSO_RULE_REMOVED");
    }
}
