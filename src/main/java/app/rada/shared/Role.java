package app.rada.shared;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a person may do in the portal. Higher roles include the rights of the ones they build on.
 */
public enum Role {
    CUSTOMER(Roles.CUSTOMER),
    BOARD_MEMBER(Roles.BOARD_MEMBER),
    STAFF(Roles.STAFF),
    ADMIN(Roles.ADMIN);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_STAFF}. */
    public String authority() {
        return "ROLE_" + code;
    }

    /** This role and every role whose rights it includes. */
    public Set<Role> withIncluded() {
        return switch (this) {
            case CUSTOMER -> EnumSet.of(CUSTOMER);
            case BOARD_MEMBER -> EnumSet.of(BOARD_MEMBER, CUSTOMER);
            case STAFF -> EnumSet.of(STAFF);
            case ADMIN -> EnumSet.of(ADMIN, STAFF);
        };
    }

    /** All roles a set of assigned roles grants, with the included ones added. */
    public static Set<Role> effective(Set<Role> assigned) {
        var all = EnumSet.noneOf(Role.class);
        assigned.forEach(role -> all.addAll(role.withIncluded()));
        return all;
    }

    /** The translation key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
