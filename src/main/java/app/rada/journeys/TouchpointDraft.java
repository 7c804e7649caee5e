package app.rada.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff fill in for a touchpoint; departments are free text, as organisations name them their own way. */
public record TouchpointDraft(
        @NotBlank(message = "{journeys.touchpoint.name.missing}")
        @Size(max = TouchpointDraft.NAME_MAX, message = "{journeys.field.too-long}") String name,
        @Size(max = TouchpointDraft.DESCRIPTION_MAX, message = "{journeys.field.too-long}") String description,
        TouchpointChannel channel,
        @Size(max = TouchpointDraft.DEPARTMENT_MAX, message = "{journeys.field.too-long}") String frontOffice,
        @Size(max = TouchpointDraft.DEPARTMENT_MAX, message = "{journeys.field.too-long}") String backOffice) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int DEPARTMENT_MAX = 120;
}
