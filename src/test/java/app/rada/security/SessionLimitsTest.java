package app.rada.security;

import static app.rada.security.OpenSessions.principal;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Sessions end after half an hour without a click and twelve hours after they began, whatever happens. */
class SessionLimitsTest extends KaribuTest {

    private static final String PASSWORD = "a long test password";

    @Test
    void a_session_older_than_its_absolute_lifetime_is_refused_and_the_page_sent_to_the_login() {
        var browser = new OpenSessions(context);
        var login = browser.login(freshMember(Role.CUSTOMER, Language.EN), PASSWORD);
        var old = begunAgo(login, Duration.ofHours(12).plusMinutes(1));

        var answer = browser.click(old);

        assertThat(old.isInvalid()).isTrue();
        assertThat(answer).contains("appError").contains("/login?ended");
    }

    @Test
    void a_session_within_its_absolute_lifetime_goes_on() {
        var browser = new OpenSessions(context);
        var login = browser.login(freshMember(Role.CUSTOMER, Language.EN), PASSWORD);
        var recent = begunAgo(login, Duration.ofHours(11).plusMinutes(58));

        var answer = browser.click(recent);

        assertThat(recent.isInvalid()).isFalse();
        assertThat(principal(recent)).isNotNull();
        assertThat(answer).isEqualTo(OpenSessions.REACHED_THE_PORTAL);
    }

    @Test
    void idle_sessions_end_after_thirty_minutes_even_with_a_tab_open() {
        var settings = Binder.get(context.getEnvironment());
        assertThat(settings.bind("server.servlet.session.timeout", Duration.class).get()).hasMinutes(30);
        assertThat(settings.bind("rada.security.session.absolute-lifetime", Duration.class).get()).hasHours(12);
        // without this, the heartbeat of an open tab would keep its session alive for ever
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    /** The same login in a session that began the given time ago. */
    private static MockHttpSession begunAgo(MockHttpSession login, Duration age) {
        long begun = System.currentTimeMillis() - age.toMillis();
        var session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return begun;
            }
        };
        var key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        session.setAttribute(key, login.getAttribute(key));
        return session;
    }
}
