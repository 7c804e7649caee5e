package app.rada.journeys;

import org.jspecify.annotations.Nullable;

/** Annotations in one part of a span of time, with their summed positive and negative intensities. */
public record EmotionTally(int part, int annotations, int positive, int negative) {

    public @Nullable Integer nev() {
        return JourneyScores.nev(positive, negative);
    }
}
