package app.rada.themes;

import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyScores;
import app.rada.people.SegmentOption;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A theme: annotations and ideas that say the same thing.
 *
 * @param label the words its texts share most, as members wrote them
 * @param emotions how many of its annotations carry each emotion, the most frequent first
 * @param positive summed intensity of its positive annotations
 * @param negative summed intensity of its negative annotations
 * @param organisations names of the organisations behind it
 * @param quotes two or three of its most typical texts
 * @param touchpointIds the touchpoints its annotations sit on, the most annotated first
 * @param turnedIdeaIds ideas its annotations were already turned into
 * @param untied how many of its annotations are not yet tied to an idea
 */
public record Theme(long id, ThemeScope scope, String label, int annotations, int ideas, Map<Emotion, Integer> emotions,
                    int positive, int negative, List<String> organisations, List<SegmentOption> segments,
                    List<String> quotes, List<Long> annotationIds, List<Long> ideaIds, List<Long> touchpointIds,
                    List<Long> turnedIdeaIds, int untied) {

    public int size() {
        return annotations + ideas;
    }

    /** Net Emotional Value of its annotations, as the journey map counts it; none without annotations. */
    public @Nullable Integer nev() {
        return JourneyScores.nev(positive, negative);
    }

    /** Whether some of its annotations are not yet tied to an idea, so it can still become one. */
    public boolean canBecomeIdea() {
        return untied > 0;
    }
}
