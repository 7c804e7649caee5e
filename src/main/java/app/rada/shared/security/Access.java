package app.rada.shared.security;

/**
 * Access rules for service methods, as {@code @PreAuthorize} expressions. Views declare theirs with
 * {@code @RolesAllowed} and friends, which Vaadin checks on navigation; services use these, because
 * JSR-250 method security would also wrap the views themselves in proxies.
 */
public final class Access {

    public static final String MEMBER = "isAuthenticated()";
    public static final String STAFF = "hasRole('STAFF')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String BOARD = "hasRole('BOARD_MEMBER')";

    private Access() {
    }
}
