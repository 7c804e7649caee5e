package app.rada.rewards;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A badge's names and colour as an admin writes them; an empty name keeps the portal's own. */
public record BadgeDraft(
        @Size(max = BadgeDraft.NAME_MAX, message = "{catalogue.problem.name-long}") @Nullable String nameEn,
        @Size(max = BadgeDraft.NAME_MAX, message = "{catalogue.problem.name-long}") @Nullable String namePl,
        @NotNull(message = "{catalogue.problem.colour}") @Nullable BadgeColour colour) {

    public static final int NAME_MAX = 60;

    public static final List<String> PROPERTIES = List.of("nameEn", "namePl", "colour");

    public static BadgeDraft typed(@Nullable String nameEn, @Nullable String namePl, @Nullable BadgeColour colour) {
        return new BadgeDraft(clean(nameEn), clean(namePl), colour);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static Object[] messageArguments(String key) {
        return key.equals("catalogue.problem.name-long") ? new Object[] {NAME_MAX} : new Object[0];
    }
}
