package app.rada.people;

import app.rada.shared.Role;
import java.time.Instant;

/** A sign-up rule as the administrators' list shows it. */
public record SignUpRuleRow(long id, String domain, long organisationId, String organisationName, Role role,
                            Instant createdAt) {
}
