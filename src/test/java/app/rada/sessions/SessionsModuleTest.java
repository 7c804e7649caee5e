package app.rada.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
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

/** The sessions module alone: a seat and a place on the waitlist are announced as such. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class SessionsModuleTest {

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    SessionRegistrationService registration;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void the_last_seat_and_the_waitlist_are_announced_apart(Scenario scenario) {
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        var first = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        var second = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        long id = SystemActor.callAs(staff, () -> {
            long created = scheduling.create(SessionTestBase.draft("Locker sketching", 1));
            scheduling.publish(created);
            return created;
        });
        scenario.stimulate(() -> SystemActor.callAs(first, () -> registration.register(id)))
                .andWaitForEventOfType(SessionRegistered.class)
                .matching(event -> event.personId() == first.personId())
                .toArriveAndVerify(event -> {
                    assertThat(event.sessionId()).isEqualTo(id);
                    assertThat(event.waitlisted()).isFalse();
                });
        scenario.stimulate(() -> SystemActor.callAs(second, () -> registration.register(id)))
                .andWaitForEventOfType(SessionRegistered.class)
                .matching(event -> event.personId() == second.personId())
                .toArriveAndVerify(event -> assertThat(event.waitlisted()).isTrue());
    }
}
