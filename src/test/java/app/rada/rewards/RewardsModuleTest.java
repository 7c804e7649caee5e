package app.rada.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaCommented;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rewards module hears other modules only through their events: started alone, it turns another
 * module's event into points.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class RewardsModuleTest {

    @Autowired
    RewardService rewards;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void a_comment_earns_its_author_points(Scenario scenario) {
        var author = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        scenario.publish(new IdeaCommented(900_001L, 900_002L, author.personId(), null, List.of()))
                .andWaitForStateChange(() -> SystemActor.callAs(author, () -> rewards.myPoints().lifetime()),
                        points -> points > 0)
                .andVerify(points -> {
                    assertThat(points).isPositive();
                    assertThat(SystemActor.callAs(author, () -> rewards.history(author.personId(), 0, 10)))
                            .extracting(LedgerEntry::kind).containsExactly(EntryKind.COMMENT_POSTED);
                });
    }
}
