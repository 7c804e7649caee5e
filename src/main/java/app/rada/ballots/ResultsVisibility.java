package app.rada.ballots;

import java.util.Locale;

/** Whether members see the counts while the ballot is open, or only once it has closed. */
public enum ResultsVisibility {
    LIVE,
    AFTER_CLOSE;

    public String labelKey() {
        return "ballots.visibility." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
