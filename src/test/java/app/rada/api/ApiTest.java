package app.rada.api;

import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for tests of API endpoints: the portal with its demo programme on a free port, a way to make tokens and
 * an {@link ApiClient} to call it. Every API test class extends it, so they share one running portal.
 * <pre>
 * var token = token("admin@rada.demo", ApiScope.WRITE, ApiScope.STAFF);
 * var answer = api(token).post("/api/v1/ideas/7/status", Map.of("status", "planned"));
 * </pre>
 * The rate limit is low here (40 calls per minute per token) so the test of 429 stays quick: a test that
 * makes more calls takes a second token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rada.api.rate-limit.requests=40", "rada.api.rate-limit.period=PT1M"})
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class ApiTest {

    private static final AtomicInteger FRESH = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ApiTokenService tokens;

    @Autowired
    protected PeopleService people;

    @BeforeEach
    void useThisContextsLogins() {
        SecurityContextHolder.setContextHolderStrategy(SecondNode.securityContexts(context));
    }

    /** A client without a token. */
    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected ApiClient api(String token) {
        return new ApiClient(port).withToken(token);
    }

    /** A new token created by the given administrator, with these scopes (read is always included). */
    protected String token(String adminEmail, ApiScope... scopes) {
        var owner = user(adminEmail);
        return SystemActor.callAs(owner, () -> tokens.create(new TokenDraft("test token " + FRESH.incrementAndGet(),
                scopes.length == 0 ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(List.of(scopes))))).token();
    }

    protected RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow(() -> new IllegalArgumentException(email)).asUser();
    }

    /** A person of their own, for a test that changes someone; returns their e-mail. */
    protected String freshPerson(Role role) {
        int n = FRESH.incrementAndGet();
        var email = "api-fresh" + n + "-" + System.nanoTime() + "@example.com";
        SystemActor.run(() -> people.createPerson(email, "Api Person " + n, EnumSet.of(role), null, Language.EN,
                "a long test password"));
        return email;
    }
}
