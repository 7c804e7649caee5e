package app.rada.ideas;

import java.util.Locale;

/** The answer to "Did this solve it?" after an idea is done. */
public enum PulseAnswer {
    YES,
    PARTLY,
    NO;

    public String labelKey() {
        return "pulse.answer." + name().toLowerCase(Locale.ROOT);
    }
}
