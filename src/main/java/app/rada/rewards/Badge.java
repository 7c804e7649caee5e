package app.rada.rewards;

import java.util.Locale;

/** Badges, each earned once, automatically. */
public enum Badge {
    FIRST_IDEA,
    FIRST_IDEA_DONE,
    FIVE_SESSIONS,
    WHOLE_JOURNEY,
    EVERY_BALLOT_OF_TERM;

    public String labelKey() {
        return "rewards.badge." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String descriptionKey() {
        return labelKey() + ".description";
    }
}
