package app.rada.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name staff give a saved version of a map's figures; judged without the spaces around it. */
public record VersionLabel(
        @NotBlank(message = "{journeys.version.label.missing}")
        @Size(max = MapVersion.LABEL_MAX, message = "{journeys.field.too-long}")
        String label) {
}
