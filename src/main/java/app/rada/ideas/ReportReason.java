package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member tells the team is wrong with an idea or a comment; the messages are the keys
 * {@link DiscussionService} refuses with.
 */
public record ReportReason(
        @NotBlank(message = "{discussion.report.reason-empty}")
        @Size(max = DiscussionService.REPORT_MAX, message = "{discussion.report.reason-long}")
        String reason) {
}
