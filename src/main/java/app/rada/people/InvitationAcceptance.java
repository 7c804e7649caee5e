package app.rada.people;

import app.rada.people.internal.Person;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an invitee gives to join: their name and their yes to the terms. The password's rules are the password
 * policy's, which need the invited address and read out every problem at once, so the policy checks it itself.
 */
public record InvitationAcceptance(
        @NotBlank(message = "{invitations.problem.name}")
        @Size(max = Person.NAME_MAX, message = "{invitations.problem.name}") String name,
        @AssertTrue(message = "{invitation.problem.terms}") boolean termsAccepted) {

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("name", "termsAccepted");

    /** The values a rule's message shows, by the message's key. */
    public static Object[] messageArguments(String key) {
        return key.equals("invitations.problem.name") ? new Object[] {Person.NAME_MAX} : new Object[0];
    }
}
