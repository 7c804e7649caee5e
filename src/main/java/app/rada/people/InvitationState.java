package app.rada.people;

/** Where an invitation stands. */
public enum InvitationState {
    PENDING, ACCEPTED, EXPIRED, REVOKED;

    public String labelKey() {
        return "invitations.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
