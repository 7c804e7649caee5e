package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The people module alone: a change of roles is announced, and a deactivation too, for the person concerned. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class PeopleModuleTest {

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void new_roles_are_announced_for_the_person(Scenario scenario) {
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        scenario.stimulate(() -> SystemActor.run(() -> membership.changeMembership(member.personId(),
                        new MembershipChange(Set.of(Role.STAFF), null, null, null))))
                .andWaitForEventOfType(PersonRolesChanged.class)
                .matching(event -> event.personId() == member.personId())
                .toArriveAndVerify(event -> assertThat(accounts.findLoginAccountOf(member.personId()).asUser()
                        .isStaff()).isTrue());
    }

    @Test
    void a_deactivation_is_announced_for_the_person(Scenario scenario) {
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        scenario.stimulate(() -> SystemActor.run(() -> membership.deactivate(member.personId())))
                .andWaitForEventOfType(PersonDeactivated.class)
                .matching(event -> event.personId() == member.personId())
                .toArriveAndVerify(event -> assertThat(accounts.findLoginAccountOf(member.personId()).active())
                        .isFalse());
    }
}
