package app.rada.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff fill in for a journey map. */
public record MapDraft(
        @NotBlank(message = "{journeys.map.title.missing}")
        @Size(max = MapDraft.TITLE_MAX, message = "{journeys.field.too-long}") String title,
        @Size(max = MapDraft.DESCRIPTION_MAX, message = "{journeys.field.too-long}") String description,
        @Size(max = MapDraft.PERSONA_MAX, message = "{journeys.field.too-long}") String persona) {

    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PERSONA_MAX = 300;
}
