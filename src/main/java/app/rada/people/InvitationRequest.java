package app.rada.people;

import app.rada.shared.Language;
import app.rada.shared.Role;
import org.jspecify.annotations.Nullable;

/** Whom to invite, with the organisation, role and language their account will have. */
public record InvitationRequest(String name, String email, @Nullable Long organisationId, Role role,
                                Language language) {
}
