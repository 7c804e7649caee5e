package app.rada.webhooks.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the network Rada runs in: only http and https addresses, and,
 * unless {@code rada.webhooks.allow-private-addresses} is set, no host that resolves to a loopback,
 * private, link-local, shared (carrier-grade NAT) or unspecified address. Checked when an endpoint is
 * saved and again before every request, as a name can point elsewhere later.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * The key of the refusal for this address, or empty when it may be used. A name that does not
     * resolve now is accepted when saving ({@code requireResolvable} false) and refused when sending.
     */
    public Optional<String> problem(String url, boolean requireResolvable) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("webhooks.problem.url");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("webhooks.problem.url");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("webhooks.problem.url");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (uri.getHost().toLowerCase(Locale.ROOT).endsWith(".invalid")) {
            // reserved never to resolve (RFC 2606): no need to ask the name server
            return requireResolvable ? Optional.of("webhooks.problem.unknown-host") : Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return requireResolvable ? Optional.of("webhooks.problem.unknown-host") : Optional.empty();
        }
        for (var address : addresses) {
            if (internal(address)) {
                return Optional.of("webhooks.problem.private-address");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local addresses fc00::/7, and IPv4 addresses mapped into IPv6 are judged as IPv4
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8, 100.64.0.0/10 (shared address space) and 198.18.0.0/15 (benchmarking)
        return first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18 || second == 19);
    }
}
