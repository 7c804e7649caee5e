package app.rada.ballots;

import java.util.Locale;

/** The result of a closed ballot. */
public enum Outcome {
    PASSED,
    FAILED,
    NO_QUORUM;

    public String labelKey() {
        return "ballots.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
