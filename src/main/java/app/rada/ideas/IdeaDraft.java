package app.rada.ideas;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a member fills in to submit an idea. */
public record IdeaDraft(String title, String description, @Nullable Long categoryId, List<String> tags,
                        Visibility visibility, @Nullable Long touchpointId) {

    public static final int TITLE_MAX = 120;
    public static final int TITLE_MIN = 5;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int IMAGES_MAX = 3;
    public static final int IMAGE_BYTES_MAX = 5 * 1024 * 1024;

    public IdeaDraft {
        tags = List.copyOf(tags);
    }
}
