package app.rada.security;

import app.rada.shared.Role;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How people may log in: whether the password form is offered ({@code rada.login.password-form.enabled}, on by
 * default) and which of a provider's groups give which role ({@code rada.sso.group-claim} names the claim,
 * {@code rada.sso.group-roles.<group>=STAFF|ADMIN|BOARD_MEMBER|CUSTOMER}). See docs/sso.md.
 */
@Component
public class LoginSettings {

    private final boolean passwordFormEnabled;
    private final @Nullable String groupClaim;
    private final Map<String, Role> groupRoles;

    public LoginSettings(Environment environment) {
        var binder = Binder.get(environment);
        this.passwordFormEnabled = binder.bind("rada.login.password-form.enabled", Boolean.class).orElse(true);
        var claim = binder.bind("rada.sso.group-claim", String.class).orElse("");
        this.groupClaim = claim.isBlank() ? null : claim.strip();
        this.groupRoles = Map.copyOf(binder.bind("rada.sso.group-roles", Bindable.mapOf(String.class, Role.class))
                .orElse(Map.of()));
    }

    public boolean passwordFormEnabled() {
        return passwordFormEnabled;
    }

    /** The claim that lists the person's groups at the provider, when groups give roles. */
    public @Nullable String groupClaim() {
        return groupClaim;
    }

    public Map<String, Role> groupRoles() {
        return groupRoles;
    }

    /** The roles the named groups give; groups without a mapping give none. */
    Set<Role> rolesOf(Iterable<String> groups) {
        var names = new java.util.HashSet<String>();
        groups.forEach(names::add);
        return groupRoles.entrySet().stream().filter(e -> names.contains(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.toUnmodifiableSet());
    }
}
