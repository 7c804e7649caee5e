package app.rada.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ballots module with the modules it uses and nothing that listens to it: a ballot's life is told
 * by its events alone, and a vote's event never carries the choice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class BallotsModuleTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    private RadaUser newPerson(Role role) {
        return ModulePeople.create(membership, accounts, role);
    }

    private long draft(RadaUser staff, String title) {
        var now = Instant.now();
        return SystemActor.callAs(staff, () -> editing.create(new BallotDraft(title, "Shall we?", "",
                BallotType.APPROVE_REJECT, List.of(), 0, List.of(), now, now.plus(Duration.ofDays(2)), 0, 50, true,
                ResultsVisibility.AFTER_CLOSE, null, null)));
    }

    @Test
    void opening_a_ballot_announces_its_title_and_closing_time(Scenario scenario) {
        var staff = newPerson(Role.STAFF);
        long id = draft(staff, "Saturday opening hours");
        scenario.stimulate(() -> SystemActor.callAs(staff, () -> {
                    lifecycle.open(id);
                    return id;
                }))
                .andWaitForEventOfType(BallotOpened.class)
                .matching(event -> event.ballotId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.title()).isEqualTo("Saturday opening hours");
                    assertThat(event.closesAt()).isAfter(Instant.now());
                });
    }

    @Test
    void a_secret_vote_is_announced_without_its_choice_and_closing_announces_the_outcome(Scenario scenario) {
        var board = newPerson(Role.BOARD_MEMBER);
        var staff = newPerson(Role.STAFF);
        long id = draft(staff, "Free returns for a year");
        SystemActor.callAs(staff, () -> {
            lifecycle.open(id);
            return id;
        });
        scenario.stimulate(() -> SystemActor.callAs(board, () -> voting.vote(id, Choice.approve(Answer.YES), null)))
                .andWaitForEventOfType(BallotVoteCast.class)
                .matching(event -> event.ballotId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.personId()).isEqualTo(board.personId());
                    assertThat(BallotVoteCast.class.getRecordComponents())
                            .noneMatch(component -> component.getType() == Choice.class
                                    || component.getType() == Answer.class);
                });
        scenario.stimulate(() -> SystemActor.callAs(staff, () -> {
                    lifecycle.closeEarly(id, "Enough votes are in.");
                    return id;
                }))
                .andWaitForEventOfType(BallotClosed.class)
                .matching(event -> event.ballotId() == id)
                .toArriveAndVerify(event -> assertThat(event.title()).isEqualTo("Free returns for a year"));
    }
}
