package app.rada.people;

import java.util.Locale;

/** Where an invitation stands. */
public enum InvitationState {
    PENDING, ACCEPTED, EXPIRED, REVOKED;

    public String labelKey() {
        return "invitations.state." + name().toLowerCase(Locale.ROOT);
    }
}
