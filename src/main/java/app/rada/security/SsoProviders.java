package app.rada.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/** The single sign-on providers configured by properties; none when no registration is configured. */
@Component
public class SsoProviders {

    private final List<SsoProvider> providers;
    private final Optional<ClientRegistrationRepository> registrations;

    SsoProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = Optional.ofNullable(registrations.getIfAvailable());
        this.providers = this.registrations.map(SsoProviders::list).orElse(List.of());
    }

    private static List<SsoProvider> list(ClientRegistrationRepository repository) {
        var found = new ArrayList<SsoProvider>();
        if (repository instanceof Iterable<?> all) {
            for (var item : all) {
                if (item instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    found.add(of(registration));
                }
            }
        }
        found.sort(Comparator.comparing(SsoProvider::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(found);
    }

    static SsoProvider of(ClientRegistration registration) {
        var details = registration.getProviderDetails();
        var issuer = details.getIssuerUri() != null ? details.getIssuerUri() : details.getAuthorizationUri();
        return new SsoProvider(registration.getRegistrationId(), registration.getClientName(),
                issuer == null ? "" : issuer);
    }

    /** The providers in the order the login page shows them, by name. */
    public List<SsoProvider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    Optional<ClientRegistration> registration(String id) {
        return registrations.map(r -> r.findByRegistrationId(id));
    }
}
