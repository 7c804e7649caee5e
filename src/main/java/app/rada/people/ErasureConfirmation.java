package app.rada.people;

import jakarta.validation.constraints.AssertTrue;
import java.util.List;

/**
 * A person's confirmation that their account is to be erased: they type the e-mail address of the account,
 * and it must be that address, whatever the capitals and the spaces around it.
 */
public record ErasureConfirmation(String accountEmail, String typed) {

    public static final List<String> PROPERTIES = List.of("confirmed");

    @AssertTrue(message = "{privacy.problem.confirmation}")
    public boolean isConfirmed() {
        return typed != null && accountEmail.equalsIgnoreCase(typed.strip());
    }
}
