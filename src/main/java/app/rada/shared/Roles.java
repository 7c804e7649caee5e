package app.rada.shared;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} on views and services.
 * A board member also holds the customer role; an admin also holds the staff role.
 */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String BOARD_MEMBER = "BOARD_MEMBER";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
