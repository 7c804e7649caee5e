package app.rada.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a token may do, on top of being its owner. Rights are never more than the owner's own: {@code STAFF}
 * and {@code ADMIN} only keep those roles when the owner still holds them at the time of the call.
 */
public enum ApiScope {
    /** Read what the owner may read (every token has it). */
    READ,
    /** Any call that is not a GET. */
    WRITE,
    /** Keep the owner's staff role; without it the token acts as a plain member. */
    STAFF,
    /** Keep the owner's admin role (which includes staff). */
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "api.scope." + code();
    }

    /** Stored as a comma-separated list of codes, in the enum's order. */
    public static String encode(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(","));
    }

    public static Set<ApiScope> decode(String codes) {
        var scopes = EnumSet.noneOf(ApiScope.class);
        for (var code : codes.split(",")) {
            for (var scope : values()) {
                if (scope.code().equals(code.strip())) {
                    scopes.add(scope);
                }
            }
        }
        return scopes;
    }
}
