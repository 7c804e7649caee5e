package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff hide a comment, shown to everyone; the messages are the keys {@link DiscussionService} refuses with. */
public record HideReason(
        @NotBlank(message = "{discussion.hide.reason-empty}")
        @Size(max = DiscussionService.REASON_MAX, message = "{discussion.hide.reason-long}")
        String reason) {
}
