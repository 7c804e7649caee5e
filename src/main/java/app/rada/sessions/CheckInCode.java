package app.rada.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;

/**
 * The attendance code a member types to check in, as it is compared: capitals, without spaces. Whether it
 * is the session's code is checked by the service, which counts the wrong ones.
 */
public record CheckInCode(
        @NotNull(message = "{sessions.problem.code-format}")
        @Pattern(regexp = "[A-Z0-9]{" + CheckInCode.LENGTH + "}", message = "{sessions.problem.code-format}")
        String code) {

    public static final int LENGTH = 6;
    public static final List<String> PROPERTIES = List.of("code");

    /** The code as typed, read the way it is compared: small letters and spaces do not matter. */
    public static CheckInCode typed(String text) {
        return new CheckInCode(text.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
    }

    /** The figure the refusal shows. */
    public static Object[] messageArguments(String key) {
        return new Object[] {LENGTH};
    }
}
