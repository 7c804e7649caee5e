package app.rada.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After Rada's session has ended: a person who came in by single sign-on is sent on to their provider's logout
 * (OpenID Connect RP-initiated logout, with the ID token as hint), which sends them back to Rada's login page;
 * everyone else, and providers that offer no logout, go where a password login's logout goes.
 */
final class SsoLogoutSuccessHandler extends SimpleUrlLogoutSuccessHandler {

    private final SsoProviders providers;

    SsoLogoutSuccessHandler(SsoProviders providers) {
        this.providers = providers;
        setDefaultTargetUrl("/");
        // Vaadin logs out from within a page's request: the browser is told to go there by the page itself
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        @Nullable Authentication authentication) {
        var providerLogout = authentication == null ? null : providerLogout(request, authentication);
        return providerLogout != null ? providerLogout : super.determineTargetUrl(request, response, authentication);
    }

    private @Nullable String providerLogout(HttpServletRequest request, Authentication authentication) {
        if (!(authentication.getDetails() instanceof SsoLoginDetails details)) {
            return null;
        }
        var registration = providers.registration(details.provider()).orElse(null);
        if (registration == null) {
            return null;
        }
        var endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return null;
        }
        var back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").build().toUriString();
        return UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", details.idToken())
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", back)
                .encode().build().toUriString();
    }
}
