package app.rada.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.ideas.Visibility;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.people.OrganisationService;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff dashboard started with the modules it reads (and security, for the password encoder and the
 * staff-only rule): a member's idea, submitted through the ideas module, reaches the dashboard as an
 * event and shows as an active member of their segment and organisation, beside the idea in the figures
 * the ideas module computes. The notification centre and the demo programme are not started.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class DashboardModuleTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    IdeaService ideas;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Test
    void a_members_idea_makes_them_active_in_their_segment_and_organisation(Scenario scenario) {
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        long segmentId = SystemActor.call(() -> organisations.createSegment("lockers", "Lockers", "Paczkomaty",
                null, 1));
        long organisationId = SystemActor.call(() -> organisations.createOrganisation("Locker Works", segmentId,
                null));
        var member = memberOf(organisationId);
        var span = dashboard.defaultSpan();
        var thisMonth = YearMonth.from(span[1]);
        long submittedBefore = SystemActor.callAs(staff, () -> dashboard.figures(span[0], span[1])).ideas().submitted();

        scenario.stimulate(() -> SystemActor.callAs(member, () -> ideas.submit(new IdeaDraft("Lockers open at night",
                        "Collect parcels after a late shift", null, List.of(), Visibility.MEMBERS, null), List.of())))
                .andWaitForStateChange(() -> SystemActor.callAs(staff, () -> dashboard.figures(span[0], span[1]))
                        .active(), active -> !active.isEmpty())
                .andVerify(active -> assertThat(active).containsExactly(new SegmentActivity(thisMonth, segmentId, 1)));

        var figures = SystemActor.callAs(staff, () -> dashboard.figures(span[0], span[1]));
        assertThat(figures.ideas().submitted()).isEqualTo(submittedBefore + 1);
        assertThat(figures.segments()).extracting(SegmentOption::id).contains(segmentId);
        var organisation = SystemActor.callAs(staff, () -> dashboard.organisation(organisationId, span[0], span[1]));
        assertThat(organisation.activeByMonth().getLast()).isEqualTo(1);
        assertThat(organisation.ideas().ideas()).isEqualTo(1);
        assertThat(organisation.ideas().latest()).extracting(IdeaSummary::title).containsExactly("Lockers open at night");
    }

    private RadaUser memberOf(long organisationId) {
        long id = SystemActor.call(() -> membership.createPerson("locker-member@example.com", "Lena Locker",
                Set.of(Role.CUSTOMER), organisationId, Language.EN, "a long enough password 1"));
        return accounts.findLoginAccountOf(id).asUser();
    }
}
