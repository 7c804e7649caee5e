package app.rada.people;

import app.rada.shared.Language;
import org.jspecify.annotations.Nullable;

/** What the invitation page shows for a link: its state and, while pending, whom it is for. */
public record InvitationOpening(InvitationState state, @Nullable String name, @Nullable String email,
                                @Nullable String organisationName, Language language) {
}
