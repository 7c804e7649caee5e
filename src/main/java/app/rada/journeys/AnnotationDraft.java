package app.rada.journeys;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a member fills in to annotate a touchpoint. */
public record AnnotationDraft(AnnotationKind kind, Emotion emotion, int intensity, int importance, String text,
                              @Nullable LocalDate happenedOn, boolean showName) {

    public static final int TEXT_MAX = 1000;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
}
