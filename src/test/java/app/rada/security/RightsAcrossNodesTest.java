package app.rada.security;

import static app.rada.security.OpenSessions.actIn;
import static app.rada.security.OpenSessions.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.TriageFilter;
import app.rada.ideas.TriageService;
import app.rada.people.MembershipChange;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two nodes on one PostgreSQL database: this test's context is node A, {@link SecondNode} is node B. A
 * person's sessions live on the node the load balancer keeps them on; what is changed on the other node
 * reaches them at their next request all the same.
 */
@EnabledIf("onPostgres")
class RightsAcrossNodesTest extends KaribuTest {

    private static final String PASSWORD = "a long test password";

    @Autowired
    PeopleService people;

    static boolean onPostgres() {
        return TestProfiles.onPostgres();
    }

    @Test
    void a_staff_role_removed_on_one_node_is_refused_on_the_other_at_the_next_click() {
        var nodeB = SecondNode.of(context);
        var onB = new OpenSessions(nodeB);
        var session = onB.login(freshMember(Role.STAFF, Language.EN), PASSWORD);
        var before = Objects.requireNonNull(principal(session));
        var triageOnB = nodeB.getBean(TriageService.class);
        assertThat(SystemActor.callAs(before, () -> triageOnB.queue(TriageFilter.defaults(), 0, 10))).isNotNull();

        SystemActor.run(() -> people.changeMembership(before.personId(), new MembershipChange(
                EnumSet.of(Role.CUSTOMER), before.organisationId(), null, null)));
        var answer = onB.click(session);

        assertThat(answer).contains("appError");
        var after = Objects.requireNonNull(principal(session));
        assertThat(after.roles()).doesNotContain(Role.STAFF);
        assertThatThrownBy(() -> SystemActor.callAs(after, () -> triageOnB.queue(TriageFilter.defaults(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_password_changed_on_one_node_ends_the_session_on_the_other_and_keeps_its_own() {
        var nodeB = SecondNode.of(context);
        var onA = new OpenSessions(context);
        var onB = new OpenSessions(nodeB);
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var here = onA.login(email, PASSWORD);
        var elsewhere = onB.login(email, PASSWORD);
        long personId = Objects.requireNonNull(principal(here)).personId();

        var result = actIn(here, () -> context.getBean(PasswordService.class).changePassword(personId, PASSWORD,
                "Granite-Otter-Lamp-42", Locale.ENGLISH, here.getId()));
        assertThat(result.changed()).isTrue();
        var answerOnB = onB.click(elsewhere);
        var answerOnA = onA.click(here);

        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(answerOnB).contains("/login?ended");
        assertThat(here.isInvalid()).isFalse();
        assertThat(answerOnA).isEqualTo(OpenSessions.REACHED_THE_PORTAL);
    }

    @Test
    void a_person_deactivated_on_one_node_loses_their_session_on_the_other() {
        var nodeB = SecondNode.of(context);
        var onB = new OpenSessions(nodeB);
        var session = onB.login(freshMember(Role.CUSTOMER, Language.EN), PASSWORD);
        long personId = Objects.requireNonNull(principal(session)).personId();

        SystemActor.run(() -> people.deactivate(personId));
        onB.click(session);

        assertThat(session.isInvalid()).isTrue();
    }
}
