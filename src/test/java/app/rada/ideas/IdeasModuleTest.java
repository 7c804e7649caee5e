package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
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
 * The ideas module on its own with the modules it uses (and security, for the password encoder): no
 * notices, points or dashboards listen, so what the module announces is seen exactly as it leaves.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class IdeasModuleTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    private RadaUser newMember() {
        return ModulePeople.create(membership, accounts, Role.CUSTOMER);
    }

    @Test
    void a_submitted_idea_is_announced_with_its_author_and_visibility(Scenario scenario) {
        var author = newMember();
        scenario.stimulate(() -> SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Pick-up lockers at stations",
                        "Collect parcels on the way home", null, List.of(), Visibility.MEMBERS, null), List.of())))
                .andWaitForEventOfType(IdeaSubmitted.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.ideaId()).isEqualTo(id);
                    assertThat(event.authorId()).isEqualTo(author.personId());
                    assertThat(event.visibility()).isEqualTo(Visibility.MEMBERS);
                });
    }

    @Test
    void a_vote_is_announced_with_the_new_count_and_taking_it_back_too(Scenario scenario) {
        var author = newMember();
        var voter = newMember();
        long ideaId = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Evening delivery slots",
                "After work, please", null, List.of(), Visibility.MEMBERS, null), List.of()));
        scenario.stimulate(() -> SystemActor.callAs(voter, () -> ideas.toggleVote(ideaId)))
                .andWaitForEventOfType(IdeaVoted.class)
                .matching(event -> event.ideaId() == ideaId)
                .toArriveAndVerify(event -> {
                    assertThat(event.voted()).isTrue();
                    assertThat(event.voteCount()).isEqualTo(1);
                    assertThat(event.personId()).isEqualTo(voter.personId());
                });
        scenario.stimulate(() -> SystemActor.callAs(voter, () -> ideas.toggleVote(ideaId)))
                .andWaitForEventOfType(IdeaVoted.class)
                .matching(event -> event.ideaId() == ideaId && !event.voted())
                .toArriveAndVerify(event -> assertThat(event.voteCount()).isZero());
    }
}
