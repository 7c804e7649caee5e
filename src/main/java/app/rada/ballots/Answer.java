package app.rada.ballots;

import java.util.Locale;

/** The answers of an approve / reject ballot. */
public enum Answer {
    YES,
    NO,
    ABSTAIN;

    public String labelKey() {
        return "ballots.answer." + name().toLowerCase(Locale.ROOT);
    }
}
