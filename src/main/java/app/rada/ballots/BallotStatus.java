package app.rada.ballots;

import java.util.Locale;

/** A draft can be edited; an open ballot takes votes; a closed one has its result. */
public enum BallotStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String labelKey() {
        return "ballots.status." + name().toLowerCase(Locale.ROOT);
    }
}
