package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.audit.AuditLog;
import app.rada.people.PeopleService;
import app.rada.people.SsoRefusal;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.support.SsoKaribuTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The end of a provider's sign-in on the portal's side, with providers configured and the password form off. */
class SsoLoginFlowTest extends SsoKaribuTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuditLog audit;

    @Autowired
    PeopleService people;

    @Autowired
    AccountAuthenticationProvider passwords;

    @Autowired
    JdbcTemplate jdbc;

    private SsoLoginHandlers handlers() {
        return new SsoLoginHandlers(throttle, audit, SecurityContextHolder.getContextHolderStrategy());
    }

    private static MockHttpServletRequest request(String address) {
        var request = new MockHttpServletRequest("GET", "/login/oauth2/code/company");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void an_admitted_sign_in_leaves_the_rada_person_as_the_login_and_is_audited_with_the_provider() throws Exception {
        var email = freshMember(app.rada.shared.Role.CUSTOMER, app.rada.shared.Language.EN);
        var person = people.findLoginAccount(email).orElseThrow().asUser();
        logout();
        var idToken = new OidcIdToken("id-token-value", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "subject-1", "iss", "https://login.example.com"));
        var provider = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
        var token = new OAuth2AuthenticationToken(new AdmittedOidcUser(provider, person), provider.getAuthorities(),
                "company");
        var request = request("198.51.100.7");
        var response = new MockHttpServletResponse();

        handlers().succeeded(request, response, token);

        var login = CurrentUser.require();
        assertThat(login.personId()).isEqualTo(person.personId());
        assertThat(login.getPassword()).isNull();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(authentication.getDetails()).isEqualTo(new SsoLoginDetails("company", "id-token-value",
                "198.51.100.7"));
        var stored = (SecurityContext) request.getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getPrincipal()).isInstanceOf(RadaUser.class);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'SSO_LOGIN_SUCCEEDED' "
                + "and actor_id = ?", String.class, person.personId())).containsExactly("company");
    }

    @Test
    void a_refused_sign_in_goes_back_to_the_login_page_counts_as_a_failure_and_is_audited() throws Exception {
        var email = "refused-" + System.nanoTime() + "@unknown.example";
        var request = request("198.51.100.8");
        var response = new MockHttpServletResponse();

        handlers().failed(request, response, new SsoRefusedException(SsoRefusal.NO_MATCH, "company", email, 0));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?sso=no-match");
        assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class,
                LoginThrottle.accountKey(email))).isEqualTo(1);
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'SSO_LOGIN_REFUSED' "
                + "and actor_label = ?", String.class, email)).containsExactly("company no-match");
        for (int i = 1; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            handlers().failed(request, new MockHttpServletResponse(),
                    new SsoRefusedException(SsoRefusal.NO_MATCH, "company", email, 0));
        }
        assertThat(throttle.loginWait(email, "203.0.113.1")).isPositive();
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_provider_link_sends_the_browser_to_the_provider_and_the_login_page_stays_rada_own() throws Exception {
        var mvc = mvc();
        mvc.perform(get("/oauth2/authorization/company"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("http://localhost:9/realms/company/auth?")))
                .andExpect(header().string("Location", containsString("client_id=rada")));
        // Spring's generated login page would answer /login with its own list of providers; Rada's login view must
        assertThat(context.getBean("securityFilterChain", SecurityFilterChain.class).getFilters())
                .noneMatch(filter -> filter instanceof DefaultLoginPageGeneratingFilter)
                .anyMatch(filter -> filter instanceof OAuth2LoginAuthenticationFilter);
    }

    @Test
    void a_password_posted_to_the_login_is_sent_back_with_an_error() throws Exception {
        mvc().perform(post("/login").with(csrf()).param("username", "admin@rada.demo").param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void with_the_password_form_turned_off_a_posted_password_is_refused_even_when_right() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("admin@rada.demo", "demo");
        assertThatThrownBy(() -> passwords.authenticate(attempt))
                .isInstanceOf(AuthenticationException.class)
                .isInstanceOf(PasswordLoginDisabledException.class);
    }
}
