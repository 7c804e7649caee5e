package app.rada.people;

import jakarta.validation.constraints.NotBlank;

/**
 * The list of people to invite as staff paste or upload it, one per line. Each line is then checked by the
 * rules of {@link InvitationRequest} and refused line by line; the list itself only needs a line.
 */
public record InvitationList(@NotBlank(message = "{invitations.bulk.empty}") String text) {
}
