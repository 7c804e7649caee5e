package app.rada.api.ideas;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An idea filed for a member: {@code memberId} is its author. Visibility is {@code MEMBERS} (the default) or
 * {@code STAFF}. The ideas module's own rules judge it as if the member had typed it.
 */
public record NewIdeaRequest(
        @NotNull(message = "{api.error.member-missing}") @Nullable Long memberId,
        @NotNull(message = "{api.error.title-missing}")
        @Size(min = IdeaDraft.TITLE_MIN, message = "{ideas.submit.title-short}")
        @Size(max = IdeaDraft.TITLE_MAX, message = "{ideas.submit.title-long}")
        @Nullable String title,
        @NotBlank(message = "{ideas.submit.description-empty}")
        @Size(max = IdeaDraft.DESCRIPTION_MAX, message = "{ideas.submit.description-long}")
        @Nullable String description,
        @Nullable Long categoryId,
        @Nullable List<String> tags,
        @Nullable Visibility visibility,
        @Nullable Long touchpointId) {

    IdeaDraft draft() {
        return new IdeaDraft(title, description, categoryId, tags == null ? List.of() : tags,
                visibility == null ? Visibility.MEMBERS : visibility, touchpointId);
    }
}
