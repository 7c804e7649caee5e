package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Two nodes on one PostgreSQL database: this test's context is node A, {@link SecondNode} is node B.
 * What a member does on either node counts towards the same limits, as a load balancer may send
 * them to either.
 */
@EnabledIf("onPostgres")
class ThrottlingAcrossNodesTest extends KaribuTest {

    private static final String PASSWORD = "a long test password";
    private static final List<String> ADDRESSES = List.of("198.51.100.31", "198.51.100.32", "198.51.100.33");

    @Autowired
    IdeaService ideas;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private String account;

    static boolean onPostgres() {
        return TestProfiles.onPostgres();
    }

    @AfterEach
    void forgetFailures() {
        if (account != null) {
            jdbc.update("delete from login_throttle where throttle_key = ?", LoginThrottle.accountKey(account));
        }
        for (var address : ADDRESSES) {
            jdbc.update("delete from login_throttle where throttle_key = ?", LoginThrottle.addressKey(address));
        }
    }

    @Test
    void failed_logins_on_two_nodes_add_up_and_then_either_node_refuses_even_the_right_password() {
        var nodeB = SecondNode.of(context);
        account = freshMember(Role.CUSTOMER, Language.EN);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> attempt(context, account, "wrong", ADDRESSES.get(0)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> attempt(nodeB, account, "wrong", ADDRESSES.get(1)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // five failures in all, the limit: the right password is refused on either node, from a new address
        for (var node : List.of(context, nodeB)) {
            assertThatThrownBy(() -> attempt(node, account, PASSWORD, ADDRESSES.get(2)))
                    .isInstanceOf(LoginThrottledException.class);
        }
        assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class,
                LoginThrottle.accountKey(account))).isEqualTo(5);
    }

    @Test
    void ideas_submitted_on_two_nodes_count_together_towards_the_hourly_limit() {
        var nodeB = SecondNode.of(context);
        var member = user(freshMember(Role.CUSTOMER, Language.EN));
        var onB = nodeB.getBean(IdeaService.class);
        for (int i = 0; i < 3; i++) {
            submit(ideas, member, "Submitted on the first node " + i);
        }
        for (int i = 0; i < 2; i++) {
            submit(onB, member, "Submitted on the second node " + i);
        }
        for (var node : List.of(ideas, onB)) {
            assertThatThrownBy(() -> submit(node, member, "One idea too many"))
                    .isInstanceOfSatisfying(Problem.class, problem -> {
                        assertThat(problem.key()).isEqualTo("ideas.submit.flood");
                        assertThat(problem.args()).containsExactly(5);
                    });
        }
        assertThat(jdbc.queryForObject("select count(*) from idea where author_id = ?", Long.class, member.personId()))
                .isEqualTo(5);
    }

    private static Authentication attempt(ApplicationContext node, String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return node.getBean(AccountAuthenticationProvider.class).authenticate(token);
    }

    private static void submit(IdeaService node, RadaUser author, String title) {
        SystemActor.callAs(author, () -> node.submit(new IdeaDraft(title, "Details", null, List.of(),
                Visibility.MEMBERS, null), List.of()));
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }
}
