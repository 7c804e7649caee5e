package app.rada.api.journeys;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.Emotion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An annotation of a touchpoint, as the map's form takes it: what kind of moment it was, the emotion, how
 * strongly it was felt and how much it matters (1 to 5), what happened, and optionally the day.
 * {@code showName} (false when absent) shows the author's name to other members.
 */
public record AnnotationRequest(
        @NotNull(message = "{api-resources.annotation.touchpoint-missing}") @Nullable Long touchpointId,
        @NotNull(message = "{api-resources.annotation.kind-missing}") @Nullable AnnotationKind kind,
        @NotNull(message = "{api-resources.annotation.emotion-missing}") @Nullable Emotion emotion,
        @NotNull(message = "{api-resources.annotation.scale}")
        @Min(value = AnnotationDraft.SCALE_MIN, message = "{api-resources.annotation.scale}")
        @Max(value = AnnotationDraft.SCALE_MAX, message = "{api-resources.annotation.scale}")
        @Nullable Integer intensity,
        @NotNull(message = "{api-resources.annotation.scale}")
        @Min(value = AnnotationDraft.SCALE_MIN, message = "{api-resources.annotation.scale}")
        @Max(value = AnnotationDraft.SCALE_MAX, message = "{api-resources.annotation.scale}")
        @Nullable Integer importance,
        @NotBlank(message = "{journeys.annotation.text.missing}")
        @Size(max = AnnotationDraft.TEXT_MAX, message = "{journeys.field.too-long}") @Nullable String text,
        @Nullable LocalDate happenedOn,
        @Nullable Boolean showName) {

    AnnotationDraft draft() {
        return new AnnotationDraft(Objects.requireNonNull(kind), Objects.requireNonNull(emotion),
                Objects.requireNonNull(intensity), Objects.requireNonNull(importance), Objects.requireNonNull(text),
                happenedOn, Boolean.TRUE.equals(showName));
    }
}
