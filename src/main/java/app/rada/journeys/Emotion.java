package app.rada.journeys;

import java.util.Locale;

/**
 * The named emotions a member can pick, each either positive or negative; the sign and the
 * intensity the member gives feed the emotion curve and the Net Emotional Value.
 */
public enum Emotion {
    DELIGHTED(true), RELIEVED(true), CONFIDENT(true), GRATEFUL(true), CALM(true),
    FRUSTRATED(false), ANGRY(false), ANXIOUS(false), CONFUSED(false), DISAPPOINTED(false);

    private final boolean positive;

    Emotion(boolean positive) {
        this.positive = positive;
    }

    public boolean positive() {
        return positive;
    }

    /** +1 for a positive emotion, -1 for a negative one. */
    public int valence() {
        return positive ? 1 : -1;
    }

    public String labelKey() {
        return "journeys.emotion." + name().toLowerCase(Locale.ROOT);
    }
}
