package app.rada.people;

import app.rada.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the people list is narrowed to; every part is optional.
 *
 * @param text part of the name or e-mail
 * @param active true for active people, false for deactivated ones, null for both
 */
public record PeopleFilter(@Nullable String text, @Nullable Role role, @Nullable Long organisationId,
                           @Nullable Long segmentId, @Nullable Boolean active) {

    public static PeopleFilter none() {
        return new PeopleFilter(null, null, null, null, null);
    }
}
