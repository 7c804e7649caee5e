package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A category as an admin names it, in both languages; each rule's message is the key of the refusal the
 * service gives. Whether a name is free is checked against the database.
 */
public record CategoryDraft(
        @NotBlank(message = "{catalogue.problem.names}")
        @Size(max = CategoryDraft.NAME_MAX, message = "{catalogue.problem.name-long}") String nameEn,
        @NotBlank(message = "{catalogue.problem.names}")
        @Size(max = CategoryDraft.NAME_MAX, message = "{catalogue.problem.name-long}") String namePl) {

    public static final int NAME_MAX = 80;

    /** The properties in the order their refusals are reported. */
    public static final List<String> PROPERTIES = List.of("nameEn", "namePl");

    /** The same draft without the spaces around its names. */
    public static CategoryDraft typed(String nameEn, String namePl) {
        return new CategoryDraft(nameEn == null ? "" : nameEn.strip(), namePl == null ? "" : namePl.strip());
    }

    public static Object[] messageArguments(String key) {
        return key.equals("catalogue.problem.name-long") ? new Object[] {NAME_MAX} : new Object[0];
    }
}
