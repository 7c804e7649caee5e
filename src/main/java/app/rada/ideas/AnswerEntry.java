package app.rada.ideas;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A step on the idea's public timeline: a status change by staff, with or without an answer. */
public record AnswerEntry(long id, @Nullable IdeaStatus fromStatus, IdeaStatus toStatus, @Nullable String textHtml,
                          long staffId, Optional<String> staffName, Instant at) {
}
