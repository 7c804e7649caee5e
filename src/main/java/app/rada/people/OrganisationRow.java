package app.rada.people;

import org.jspecify.annotations.Nullable;

/** One organisation in the admin's list, with how many people belong to it. */
public record OrganisationRow(long id, String name, long segmentId, @Nullable String notes, boolean active,
                              long members) {
}
