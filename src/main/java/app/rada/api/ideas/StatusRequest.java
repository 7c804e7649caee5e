package app.rada.api.ideas;

import app.rada.ideas.TriageService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A status change with the public answer members read (Markdown). {@code status} is one of {@code new},
 * {@code under_review}, {@code planned}, {@code in_progress}, {@code done}, {@code declined}; declining needs an
 * answer. The same status with an answer only answers.
 */
public record StatusRequest(
        @NotBlank(message = "{api.error.status-missing}") @Nullable String status,
        @Size(max = TriageService.ANSWER_MAX, message = "{ideas.triage.answer-long}") @Nullable String answer) {
}
