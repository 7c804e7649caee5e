package app.rada.support;

import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for UI unit tests: a Spring context with the demo programme, routes discovered once,
 * Vaadin mocked server-side, and helpers to log in as a demo role or a given person.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private PeopleService people;

    /**
     * Karibu's own discovery skips package-private views; ours are package-private by design,
     * so routes are found with Spring's scanner instead.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var routes = new Routes().autoDiscoverViews("app.rada");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("app.rada")) {
            try {
                routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        // each cached test context has its own Vaadin-aware strategy; the global holder must use this one's
        // (and that of its second node, while one runs)
        SecurityContextHolder.setContextHolderStrategy(SecondNode.securityContexts(context));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Logs in as the demo account of a role: "admin", "staff", "board" or "customer". */
    protected RadaUser loginAs(String demoRole) {
        return loginAsEmail(demoRole + "@rada.demo");
    }

    protected RadaUser loginAsEmail(String email) {
        var user = people.findLoginAccount(email).orElseThrow(() -> new IllegalArgumentException(email)).asUser();
        return login(user);
    }

    protected RadaUser login(RadaUser user) {
        // live updates queued for the page of whoever was logged in run now, as them: one mock session
        // serves every user of a test, which a real browser never does
        MockVaadin.runUIQueue();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        // where Spring Security keeps the login between requests, which Vaadin's context strategy reads
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                securityContext);
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        // a fresh UI, as after the login page: the shell is built for this user
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(user.language().locale());
        return user;
    }

    private static final AtomicInteger FRESH = new AtomicInteger();

    /**
     * Creates a person of their own for a test that changes someone, so the demo accounts other tests
     * rely on stay as they were. Returns their e-mail; log in with {@link #loginAsEmail}.
     */
    protected String freshMember(Role role, Language language) {
        int n = FRESH.incrementAndGet();
        var email = "fresh" + n + "-" + System.nanoTime() + "@example.com";
        var bakery = SystemActor.call(() -> people.organisationIdByName("Piekarnia Złoty Kłos"))
                .orElse(null);
        SystemActor.run(() -> people.createPerson(email, "Fresh Member " + n,
                EnumSet.of(role), bakery, language, "a long test password"));
        return email;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }
}
