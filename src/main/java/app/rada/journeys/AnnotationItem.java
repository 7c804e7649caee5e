package app.rada.journeys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An annotation in a list. The author's name is present only when they chose to show it, or to
 * staff; {@code mine} lets the view offer editing.
 */
public record AnnotationItem(long id, long touchpointId, AnnotationKind kind, Emotion emotion, int intensity,
                             int importance, String text, @Nullable LocalDate happenedOn, boolean showName,
                             Optional<String> authorName, boolean mine, int reactions, boolean reactedByMe,
                             @Nullable Long ideaId, Instant createdAt, boolean edited) {

    public AnnotationDraft draft() {
        return new AnnotationDraft(kind, emotion, intensity, importance, text, happenedOn, showName);
    }
}
