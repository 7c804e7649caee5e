package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.rada.shared.security.RadaUser;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.Filter;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logged-in browser sessions against one node's real filter chain: a login through the login form, then
 * requests such as Vaadin's page clicks (UIDL requests) with the session cookie of that login.
 */
final class OpenSessions {

    /** What a request that passed the security filters is answered here, instead of by Vaadin's servlet. */
    static final String REACHED_THE_PORTAL = "reached the portal";

    private final MockMvc mvc;

    OpenSessions(ApplicationContext node) {
        // Vaadin's servlet is not part of a mock request; what passes the security filters ends here
        Filter portal = (request, response, chain) -> response.getWriter().write(REACHED_THE_PORTAL);
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) node)
                .addFilters(node.getBean("springSecurityFilterChain", Filter.class), portal).build();
    }

    /** Logs in through the login form, as a browser does, and returns the session it got. */
    MockHttpSession login(String email, String password) {
        var result = outsideVaadin(() -> mvc.perform(formLogin("/login").user(email).password(password)).andReturn());
        var session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("session of %s", email).isNotNull();
        assertThat(principal(session)).as("logged in as %s", email).isNotNull();
        return session;
    }

    /** A click on an open page: the request Vaadin's client sends for it; returns what the page is answered. */
    String click(MockHttpSession session) {
        return outsideVaadin(() -> mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0")
                .contentType("application/json").content("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")
                .with(csrf()).session(session)).andReturn().getResponse().getContentAsString());
    }

    /** The heartbeat an open page sends every few minutes while nobody clicks. */
    String heartbeat(MockHttpSession session) {
        return outsideVaadin(() -> mvc.perform(post("/").param("v-r", "heartbeat").param("v-uiId", "0")
                .with(csrf()).session(session)).andReturn().getResponse().getContentAsString());
    }

    /** The login a session holds now, or nothing once it ended. */
    static @Nullable RadaUser principal(MockHttpSession session) {
        if (session.isInvalid()) {
            return null;
        }
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null
                : (RadaUser) context.getAuthentication().getPrincipal();
    }

    /**
     * Runs work as a page of the session does: with that session's own login, which a change made there
     * (a password change keeping its own session) updates.
     */
    static <T> T actIn(MockHttpSession session, Supplier<T> work) {
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        var vaadin = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            VaadinSession.setCurrent(vaadin);
        }
    }

    interface Request<T> {
        T run() throws Exception;
    }

    /**
     * UI tests keep a mock Vaadin session on the test thread, whose login Vaadin's context strategy would
     * prefer; a browser's request to the filter chain has none.
     */
    private static <T> T outsideVaadin(Request<T> request) {
        var vaadin = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            return request.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            VaadinSession.setCurrent(vaadin);
        }
    }
}
