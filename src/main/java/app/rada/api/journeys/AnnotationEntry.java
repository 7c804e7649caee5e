package app.rada.api.journeys;

import app.rada.journeys.AnnotationItem;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.Emotion;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An annotation of a map. {@code authorName} is present only when the author chose to show it, for the
 * caller's own annotations and for staff; {@code mine} marks the caller's own.
 */
public record AnnotationEntry(long id, long touchpointId, AnnotationKind kind, Emotion emotion, int intensity,
                              int importance, String text, @Nullable LocalDate happenedOn,
                              @Nullable String authorName, boolean mine, int meToo, boolean meTooByMe,
                              @Nullable Long ideaId, Instant createdAt, boolean edited) {

    static AnnotationEntry of(AnnotationItem item) {
        return new AnnotationEntry(item.id(), item.touchpointId(), item.kind(), item.emotion(), item.intensity(),
                item.importance(), item.text(), item.happenedOn(), item.authorName().orElse(null), item.mine(),
                item.reactions(), item.reactedByMe(), item.ideaId(), item.createdAt(), item.edited());
    }
}
