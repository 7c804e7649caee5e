package app.rada.people;

import app.rada.people.internal.Segment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A segment as an admin writes it, its texts without the spaces around them and its code in small letters;
 * the code is none when a segment is changed, as it stays what it was. Each rule's message is the key of
 * the refusal the service gives; whether the code is free is checked against the database.
 */
public record SegmentDraft(
        @Pattern(regexp = "[a-z0-9-]{2,40}", message = "{segments.problem.code}") @Nullable String code,
        @NotBlank(message = "{segments.problem.names}")
        @Size(max = Segment.NAME_MAX, message = "{segments.problem.name-long}") String nameEn,
        @NotBlank(message = "{segments.problem.names}")
        @Size(max = Segment.NAME_MAX, message = "{segments.problem.name-long}") String namePl,
        @Size(max = Segment.DESCRIPTION_MAX, message = "{segments.problem.description}") @Nullable String description,
        @NotNull(message = "{segments.problem.weight}")
        @Min(value = Segment.WEIGHT_MIN, message = "{segments.problem.weight}")
        @Max(value = Segment.WEIGHT_MAX, message = "{segments.problem.weight}") @Nullable Integer weight) {

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("nameEn", "namePl", "description", "weight", "code");

    /** The same draft as it is stored: texts stripped, the code in small letters, an empty description none. */
    public static SegmentDraft typed(@Nullable String code, String nameEn, String namePl, @Nullable String description,
                                     @Nullable Integer weight) {
        var cleanDescription = description == null || description.isBlank() ? null : description.strip();
        return new SegmentDraft(code == null ? null : code.strip().toLowerCase(Locale.ROOT), nameEn.strip(),
                namePl.strip(), cleanDescription, weight);
    }

    /** The figures a rule's message shows, by the message's key. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "segments.problem.weight" -> new Object[] {Segment.WEIGHT_MIN, Segment.WEIGHT_MAX};
            case "segments.problem.name-long" -> new Object[] {Segment.NAME_MAX};
            case "segments.problem.description" -> new Object[] {Segment.DESCRIPTION_MAX};
            default -> new Object[0];
        };
    }
}
