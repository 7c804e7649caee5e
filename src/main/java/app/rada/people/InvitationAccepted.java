package app.rada.people;

import org.jspecify.annotations.Nullable;

/** Someone accepted an invitation and became a member. */
public record InvitationAccepted(long personId, @Nullable Long invitedBy) {
}
