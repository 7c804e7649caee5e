package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment or reply as its writer types it, and the text of an edit; judged without the spaces around it,
 * as it would be stored. The messages are the keys {@link DiscussionService} refuses with.
 */
public record CommentDraft(
        @NotBlank(message = "{discussion.text-empty}")
        @Size(max = DiscussionService.TEXT_MAX, message = "{discussion.text-long}")
        String text) {
}
