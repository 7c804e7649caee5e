package app.rada.rewards;

import java.util.Locale;

/**
 * What a ledger row is for. The first kinds are earned by point rules from the other modules' events;
 * the last three are staff's manual changes and the points a redemption reserves or returns.
 */
public enum EntryKind {
    IDEA_SUBMITTED,
    IDEA_PLANNED,
    IDEA_DONE,
    IDEA_VOTED,
    COMMENT_POSTED,
    ANNOTATION_ADDED,
    BALLOT_VOTED,
    SESSION_ATTENDED,
    PULSE_ANSWERED,
    MANUAL,
    REDEEMED,
    RETURNED;

    /** Whether admins set the points of this kind as a rule. */
    public boolean isRule() {
        return this != MANUAL && this != REDEEMED && this != RETURNED;
    }

    public String labelKey() {
        return "rewards.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
