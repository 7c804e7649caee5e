package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

class SsoLogoutSuccessHandlerTest {

    private static final RadaUser USER = new RadaUser(7, "ola@example.com", "Ola", null, EnumSet.of(Role.CUSTOMER),
            null, Language.EN, Appearance.SYSTEM, true);

    private static SsoProviders providers() {
        var registration = ClientRegistration.withRegistrationId("company")
                .clientId("rada").clientSecret("secret").clientName("Company")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://id.example.com/auth").tokenUri("https://id.example.com/token")
                .jwkSetUri("https://id.example.com/keys").scope("openid")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", "https://id.example.com/logout"))
                .build();
        var beans = new StaticListableBeanFactory(Map.of("registrations",
                new InMemoryClientRegistrationRepository(registration)));
        return new SsoProviders(beans.getBeanProvider(ClientRegistrationRepository.class));
    }

    private static String target(Object details) throws Exception {
        var request = new MockHttpServletRequest("POST", "/logout");
        request.setServerName("rada.example.com");
        request.setScheme("https");
        request.setServerPort(443);
        var response = new MockHttpServletResponse();
        var login = UsernamePasswordAuthenticationToken.authenticated(USER, null, USER.getAuthorities());
        login.setDetails(details);
        new SsoLogoutSuccessHandler(providers()).onLogoutSuccess(request, response, login);
        return response.getRedirectedUrl();
    }

    @Test
    void a_single_sign_on_login_is_sent_on_to_the_providers_logout_with_its_id_token_and_the_way_back() throws Exception {
        var target = target(new SsoLoginDetails("company", "the.id.token", "127.0.0.1"));
        assertThat(target).startsWith("https://id.example.com/logout?")
                .contains("id_token_hint=the.id.token", "client_id=rada",
                        "post_logout_redirect_uri=https://rada.example.com/login");
    }

    @Test
    void a_password_login_logs_out_as_before() throws Exception {
        assertThat(target("password login")).isEqualTo("/");
    }
}
