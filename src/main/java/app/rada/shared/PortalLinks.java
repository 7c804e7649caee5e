package app.rada.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a route the portal's navigation classes give ({@code ideas/42}, {@code sessions/7}) into the
 * absolute address a mail links to, under the configured {@code rada.base-url}.
 */
@Component
public class PortalLinks {

    private final String base;

    public PortalLinks(@Value("${rada.base-url}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a route; a leading slash on the route is allowed. */
    public String absolute(String route) {
        return base + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}
