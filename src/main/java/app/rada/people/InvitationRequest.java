package app.rada.people;

import app.rada.people.internal.Person;
import app.rada.shared.Language;
import app.rada.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whom to invite, with the organisation, role and language their account will have. Each rule's message is
 * the key of the refusal the service gives, so the form shows on the field what the service would say.
 */
public record InvitationRequest(
        @NotBlank(message = "{invitations.problem.name}")
        @Size(max = Person.NAME_MAX, message = "{invitations.problem.name}") String name,
        @Size(max = Person.EMAIL_MAX, message = "{invitations.problem.email}")
        @Pattern(regexp = InvitationRequest.EMAIL_PATTERN, message = "{invitations.problem.email}") String email,
        @Nullable Long organisationId, Role role, Language language) {

    /** An address with one @, something before it and a dot in what follows; checked after lower-casing. */
    static final String EMAIL_PATTERN = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("name", "email");

    /** The values a rule's message shows, by the message's key: the limit, or the address as typed. */
    public static Object[] messageArguments(String key, String typedEmail) {
        return switch (key) {
            case "invitations.problem.name" -> new Object[] {Person.NAME_MAX};
            case "invitations.problem.email" -> new Object[] {typedEmail};
            default -> new Object[0];
        };
    }

    /** An address as the portal stores and compares it: without surrounding spaces, in lower case. */
    public static String normaliseEmail(String email) {
        return Person.normaliseEmail(email);
    }

    /** The request as it is checked and stored: the name without surrounding spaces, the address normalised. */
    public InvitationRequest normalised() {
        return new InvitationRequest(name.strip(), Person.normaliseEmail(email), organisationId, role, language);
    }
}
