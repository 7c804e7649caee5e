package app.rada.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.people.PersonRolesChanged;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The notification centre started with what it listens to: another module's event becomes a notice. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class NotificationsModuleTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void changed_roles_reach_the_person_as_an_account_notice(Scenario scenario) {
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        scenario.publish(new PersonRolesChanged(member.personId()))
                .andWaitForStateChange(() -> SystemActor.callAs(member,
                        () -> notifications.page(member.personId(), 0, 10)), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(NotificationKind.ACCOUNT);
                    assertThat(notice.titleKey()).isEqualTo("notifications.account.roles-changed");
                }));
    }
}
