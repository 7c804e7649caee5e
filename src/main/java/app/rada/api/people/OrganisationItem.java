package app.rada.api.people;

import app.rada.people.OrganisationRow;
import org.jspecify.annotations.Nullable;

/** An organisation with how many people belong to it. */
public record OrganisationItem(long id, String name, long segmentId, @Nullable String notes, boolean active,
                               long members) {

    static OrganisationItem of(OrganisationRow row) {
        return new OrganisationItem(row.id(), row.name(), row.segmentId(), row.notes(), row.active(), row.members());
    }
}
