package app.rada.people;

import app.rada.people.internal.Organisation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as an admin writes it. Each rule's message is the key of the refusal the service gives,
 * so the form shows on the field what the service would say; whether the segment exists and the name is
 * free is checked against the database.
 */
public record OrganisationDraft(
        @NotBlank(message = "{organisations.problem.name}")
        @Size(max = Organisation.NAME_MAX, message = "{organisations.problem.name}") String name,
        long segmentId,
        @Size(max = Organisation.NOTES_MAX, message = "{organisations.problem.notes}") @Nullable String notes,
        boolean active) {

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("name", "notes");

    /** The limit a rule's message shows, by the message's key. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "organisations.problem.name" -> new Object[] {Organisation.NAME_MAX};
            case "organisations.problem.notes" -> new Object[] {Organisation.NOTES_MAX};
            default -> new Object[0];
        };
    }
}
