package app.rada.people;

import app.rada.shared.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets for a person: roles, organisation and, for board members, the term. Each rule's
 * message is the key of the refusal the service gives; whether the organisation exists and whether an
 * admin takes their own admin role away are checked against the database.
 */
public record MembershipChange(
        @NotEmpty(message = "{people.problem.no-role}") Set<Role> roles,
        @Nullable Long organisationId,
        @Nullable LocalDate boardTermStart,
        @Nullable LocalDate boardTermEnd) {

    /** The rules in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("roles", "termGiven", "termInOrder");

    /** A board member has a term with both its first and its last day. */
    @AssertTrue(message = "{people.problem.term-missing}")
    public boolean isTermGiven() {
        return !board() || (boardTermStart != null && boardTermEnd != null);
    }

    /** A board member's term does not end before it starts. */
    @AssertTrue(message = "{people.problem.term-order}")
    public boolean isTermInOrder() {
        return !board() || boardTermStart == null || boardTermEnd == null || !boardTermEnd.isBefore(boardTermStart);
    }

    private boolean board() {
        return roles != null && roles.contains(Role.BOARD_MEMBER);
    }
}
