package app.rada.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.people.PeopleDirectory;
import app.rada.shared.PersonalData;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start page module on its own: it remembers each person's visits so its cards can say what is new
 * "since your last visit", forgets them when the person is erased, and shows the programme's figures to
 * staff only. The cards themselves come from the other modules and are checked with the whole
 * application ({@code HomeViewTest}); the module hears no event, so there is no {@code Scenario}.
 *
 * <p>The start page view, created by Vaadin rather than Spring, reads the people module; that dependency
 * is invisible to a module start, so people and the modules it needs are named here.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"shared", "people", "audit", "mail", "security"})
@ActiveProfiles(resolver = TestProfiles.class)
class HomeModuleTest {

    @Autowired
    VisitService visits;
    @Autowired
    List<PersonalData> personalData;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    MembershipService membership;
    @Autowired
    LoginAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void visits_are_remembered_per_person_and_forgotten_on_erasure() {
        var member = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        var first = SystemActor.callAs(member, visits::openStartPage);
        assertThat(first).isBefore(Instant.now().minus(Duration.ofDays(13)));
        assertThat(SystemActor.callAs(member, visits::openStartPage)).isEqualTo(first);
        assertThat(count(member.personId())).isEqualTo(1);

        personalData.stream().filter(p -> p.section().equals("startPage")).findFirst().orElseThrow()
                .erase(member.personId(), member.email(), member.name());
        assertThat(count(member.personId())).isZero();
    }

    @Test
    void the_programme_figures_are_for_staff_only() {
        var customer = ModulePeople.create(membership, accounts, Role.CUSTOMER);
        var staff = ModulePeople.create(membership, accounts, Role.STAFF);
        assertThat(SystemActor.callAs(staff, directory::summary).activeMembers()).isPositive();
        assertThatThrownBy(() -> SystemActor.callAs(customer, directory::summary))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int count(long personId) {
        return jdbc.queryForObject("select count(*) from home_visit where person_id = ?", Integer.class, personId);
    }
}
