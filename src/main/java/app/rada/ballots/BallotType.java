package app.rada.ballots;

import java.util.Locale;

/** How members answer and how the answers are counted. */
public enum BallotType {
    /** Yes, no or abstain; passes on turnout and the share of yes among yes and no. */
    APPROVE_REJECT,
    /** One option among several; the most votes win. */
    SINGLE_CHOICE,
    /** Options in order of preference; instant runoff. */
    RANKED,
    /** A fixed budget of points spread over the options; the highest total wins. */
    POINTS;

    public boolean hasOptions() {
        return this != APPROVE_REJECT;
    }

    public String labelKey() {
        return "ballots.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
