package app.rada.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.people.OrganisationService;
import app.rada.people.PeopleService;
import app.rada.people.ProgrammeSummary;
import app.rada.people.SegmentCount;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The home module holds nothing but the start page view: no service, no view model, no listener. What the
 * page says apart from its fixed texts is the programme in figures and, for staff, the members per
 * segment, both read from the people module's {@link PeopleService}. That is the behaviour checked here:
 * the figures the start page shows follow the membership as it changes, and the members per segment are
 * given to staff only (the page shows that chart to staff alone). How the page lays them out for each
 * role is checked in the whole application by {@code HomeViewTest}. The home module hears no event,
 * so there is no {@code Scenario}.
 *
 * <p>The modules home uses are named one by one. Spring Modulith starts a module with the modules its
 * Spring beans inject, and home has no Spring bean: Vaadin creates the start page and hands it the people
 * service when someone opens it. So the module's one dependency (people, allowed in {@code ModularityTest}
 * and drawn in the module diagrams) is invisible when the module is started, and a bare
 * {@code ALL_DEPENDENCIES} start would include no other module. People comes with the modules it uses
 * (audit, mail) and security, for the password encoder.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"shared", "people", "audit", "mail", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class HomeModuleTest {

    @Autowired
    PeopleService people;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void the_start_page_figures_follow_the_membership_and_members_per_segment_are_for_staff_only() {
        var customer = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        var before = SystemActor.callAs(customer, people::summary);
        long segmentId = SystemActor.call(() -> organisations.createSegment("kiosks", "Kiosks", "Kioski", null, 2)
                .getId());
        long organisationId = SystemActor.call(() -> organisations.createOrganisation("Kiosk Co", segmentId, null)
                .getId());
        join("kiosk-board@example.com", Role.BOARD_MEMBER, organisationId);
        long member = join("kiosk-customer@example.com", Role.CUSTOMER, organisationId);

        assertThat(SystemActor.callAs(customer, people::summary)).isEqualTo(new ProgrammeSummary(
                before.activeMembers() + 2, before.boardMembers() + 1, before.organisations() + 1,
                before.segments() + 1));
        assertThat(SystemActor.callAs(staff, () -> membersOf(segmentId))).isEqualTo(2);
        assertThatThrownBy(() -> SystemActor.callAs(customer, people::membersBySegment))
                .isInstanceOf(AccessDeniedException.class);

        SystemActor.run(() -> membership.deactivate(member));

        assertThat(SystemActor.callAs(customer, people::summary).activeMembers())
                .isEqualTo(before.activeMembers() + 1);
        assertThat(SystemActor.callAs(staff, () -> membersOf(segmentId))).isEqualTo(1);
    }

    private long membersOf(long segmentId) {
        return people.membersBySegment().stream().filter(count -> count.segment().id() == segmentId)
                .mapToLong(SegmentCount::members).sum();
    }

    private long join(String email, Role role, long organisationId) {
        return SystemActor.call(() -> membership.createPerson(email, "Kiosk " + role, Set.of(role), organisationId,
                Language.EN, "a long enough password 1"));
    }
}
