package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a member fills in to submit an idea. Title and description are kept without the spaces around
 * them and tags in their normal form, so the rules below judge what would be stored; the keys of the
 * messages are the ones a service refuses with (see {@link DraftProblems}).
 */
public record IdeaDraft(
        @Size(min = IdeaDraft.TITLE_MIN, message = "{ideas.submit.title-short}")
        @Size(max = IdeaDraft.TITLE_MAX, message = "{ideas.submit.title-long}")
        String title,
        @NotBlank(message = "{ideas.submit.description-empty}")
        @Size(max = IdeaDraft.DESCRIPTION_MAX, message = "{ideas.submit.description-long}")
        String description,
        @Nullable Long categoryId,
        @Size(max = Tags.MAX_PER_IDEA, message = "{ideas.submit.too-many-tags}")
        List<String> tags,
        Visibility visibility,
        @Nullable Long touchpointId) {

    public static final int TITLE_MAX = 120;
    public static final int TITLE_MIN = 5;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int IMAGES_MAX = 3;
    public static final int IMAGE_BYTES_MAX = 5 * 1024 * 1024;

    public IdeaDraft {
        title = Objects.requireNonNullElse(title, "").strip();
        description = Objects.requireNonNullElse(description, "").strip();
        tags = List.copyOf(Tags.normalise(tags));
    }
}
