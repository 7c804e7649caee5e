package app.rada.api.ideas;

import app.rada.ideas.DiscussionService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment (Markdown, mentions as in the portal), or a reply when {@code parentId} names a comment. */
public record CommentRequest(
        @NotBlank(message = "{discussion.text-empty}")
        @Size(max = DiscussionService.TEXT_MAX, message = "{discussion.text-long}")
        @Nullable String text,
        @Nullable Long parentId) {
}
