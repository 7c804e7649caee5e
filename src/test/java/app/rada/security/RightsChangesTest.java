package app.rada.security;

import static app.rada.security.OpenSessions.actIn;
import static app.rada.security.OpenSessions.principal;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageFilter;
import app.rada.ideas.TriageService;
import app.rada.people.MembershipChange;
import app.rada.people.PeopleService;
import app.rada.people.PrivacyService;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import app.rada.support.Outbox;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * What an admin or the person changes reaches the person's open sessions at their next request: fewer
 * rights are refused at once, another organisation's data follows, and a deactivated, erased or
 * re-passworded account's sessions end. Each session is a real login through the filter chain.
 */
class RightsChangesTest extends KaribuTest {

    private static final String PASSWORD = "a long test password";
    private static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    PeopleService people;
    @Autowired
    TriageService triage;
    @Autowired
    RewardService rewards;
    @Autowired
    PrivacyService privacy;
    @Autowired
    PasswordService passwords;
    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcTemplate jdbc;

    private OpenSessions browser;

    @BeforeEach
    void openBrowser() {
        browser = new OpenSessions(context);
    }

    @Test
    void a_staff_member_whose_staff_role_is_removed_is_refused_by_triage_and_its_page_at_the_next_click() {
        var email = freshMember(Role.STAFF, Language.EN);
        var session = browser.login(email, PASSWORD);
        var before = Objects.requireNonNull(principal(session));
        assertThat(SystemActor.callAs(before, () -> triage.queue(TriageFilter.defaults(), 0, 10))).isNotNull();

        changeRoles(before.personId(), EnumSet.of(Role.CUSTOMER));
        var response = browser.click(session);

        // the click is not run with the old rights: the page is told to reload
        assertThat(response).contains("appError");
        var after = Objects.requireNonNull(principal(session));
        assertThat(after.roles()).doesNotContain(Role.STAFF);
        assertThatThrownBy(() -> SystemActor.callAs(after, () -> triage.queue(TriageFilter.defaults(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemActor.callAs(after, () -> {
            triage.changeStatus(1, IdeaStatus.PLANNED, "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // the reloaded page is checked with the renewed login
        login(after);
        UI.getCurrent().navigate("staff/ideas");
        _get(NoAccessView.class);
    }

    @Test
    void a_page_whose_heartbeat_noticed_the_removed_role_first_reloads_at_its_next_click_once() {
        var email = freshMember(Role.STAFF, Language.EN);
        var session = browser.login(email, PASSWORD);
        changeRoles(Objects.requireNonNull(principal(session)).personId(), EnumSet.of(Role.CUSTOMER));

        browser.heartbeat(session);
        assertThat(Objects.requireNonNull(principal(session)).roles()).doesNotContain(Role.STAFF);
        var click = browser.click(session);
        var afterReload = browser.click(session);

        assertThat(click).contains("appError");
        assertThat(afterReload).isEqualTo(OpenSessions.REACHED_THE_PORTAL);
    }

    @Test
    void a_session_whose_person_did_not_change_goes_on_with_the_same_login() {
        var email = freshMember(Role.STAFF, Language.EN);
        var session = browser.login(email, PASSWORD);
        var before = principal(session);

        var response = browser.click(session);

        assertThat(response).isEqualTo(OpenSessions.REACHED_THE_PORTAL);
        assertThat(session.isInvalid()).isFalse();
        assertThat(principal(session)).isSameAs(before);
    }

    @Test
    void an_organisation_change_moves_the_open_session_to_the_new_organisations_data() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var session = browser.login(email, PASSWORD);
        var before = Objects.requireNonNull(principal(session));
        var oldOrganisation = Objects.requireNonNull(before.organisationId());
        long newOrganisation = SystemActor.call(() -> people.organisations()).stream()
                .filter(o -> o.id() != oldOrganisation).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> SystemActor.callAs(before, () -> rewards.leaderboard(LeaderboardPeriod.ALL_TIME,
                newOrganisation, 0, 10))).isInstanceOf(AccessDeniedException.class);

        SystemActor.run(() -> people.changeMembership(before.personId(),
                new MembershipChange(EnumSet.of(Role.CUSTOMER), newOrganisation, null, null)));
        browser.click(session);

        var after = Objects.requireNonNull(principal(session));
        assertThat(after.organisationId()).isEqualTo(newOrganisation);
        assertThat(SystemActor.callAs(after, () -> rewards.leaderboard(LeaderboardPeriod.ALL_TIME, newOrganisation,
                0, 10))).isNotNull();
        assertThatThrownBy(() -> SystemActor.callAs(after, () -> rewards.leaderboard(LeaderboardPeriod.ALL_TIME,
                oldOrganisation, 0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deactivation_ends_the_session_at_its_next_request_and_sends_the_page_to_the_login() {
        var email = freshMember(Role.STAFF, Language.EN);
        var session = browser.login(email, PASSWORD);
        long personId = Objects.requireNonNull(principal(session)).personId();

        SystemActor.run(() -> people.deactivate(personId));
        var response = browser.click(session);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response).contains("appError").contains("/login?ended");
    }

    @Test
    void erasure_ends_the_session_at_its_next_request() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var session = browser.login(email, PASSWORD);
        var user = Objects.requireNonNull(principal(session));

        SystemActor.callAs(user, () -> {
            privacy.erase(user.personId(), email);
            return null;
        });
        browser.click(session);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_password_change_ends_the_persons_other_sessions_and_keeps_the_one_it_was_made_in() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var phone = browser.login(email, PASSWORD);
        var here = browser.login(email, PASSWORD);
        var someoneElse = browser.login(freshMember(Role.CUSTOMER, Language.EN), PASSWORD);
        long personId = Objects.requireNonNull(principal(here)).personId();

        var result = actIn(here, () -> passwords.changePassword(personId, PASSWORD, "Granite-Otter-Lamp-42",
                Locale.ENGLISH, here.getId()));
        assertThat(result.changed()).isTrue();
        browser.click(phone);
        browser.click(here);
        browser.click(someoneElse);

        assertThat(phone.isInvalid()).isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(principal(here)).isNotNull();
        assertThat(someoneElse.isInvalid()).isFalse();
    }

    @Test
    void a_password_reset_ends_every_session_of_the_person() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var first = browser.login(email, PASSWORD);
        var second = browser.login(email, PASSWORD);

        resets.requestReset(email, "198.51.100.77");
        var link = RESET_LINK.matcher(Outbox.last(jdbc, email).text());
        assertThat(link.find()).isTrue();
        var result = resets.reset(link.group(1), "Granite-Otter-Lamp-42", Locale.ENGLISH, "198.51.100.77");
        assertThat(result.problems()).isEmpty();
        browser.click(first);
        browser.click(second);

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
    }

    private void changeRoles(long personId, EnumSet<Role> roles) {
        SystemActor.run(() -> {
            var details = people.details(personId);
            people.changeMembership(personId, new MembershipChange(roles, details.organisationId(), null, null));
        });
    }
}
