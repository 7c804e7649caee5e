package app.rada.journeys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a member fills in to annotate a touchpoint. Whether the day it happened lies in the future depends
 * on the service's clock, so that check stays in {@link AnnotationService}.
 */
public record AnnotationDraft(
        AnnotationKind kind,
        Emotion emotion,
        @Min(value = AnnotationDraft.SCALE_MIN, message = "{journeys.annotation.scale}")
        @Max(value = AnnotationDraft.SCALE_MAX, message = "{journeys.annotation.scale}") int intensity,
        @Min(value = AnnotationDraft.SCALE_MIN, message = "{journeys.annotation.scale}")
        @Max(value = AnnotationDraft.SCALE_MAX, message = "{journeys.annotation.scale}") int importance,
        @NotBlank(message = "{journeys.annotation.text.missing}")
        @Size(max = AnnotationDraft.TEXT_MAX, message = "{journeys.field.too-long}") String text,
        @Nullable LocalDate happenedOn,
        boolean showName) {

    public static final int TEXT_MAX = 1000;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
}
