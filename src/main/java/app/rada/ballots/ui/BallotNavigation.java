package app.rada.ballots.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the ballots module for other modules and for mails. */
@NamedInterface("navigation")
public final class BallotNavigation {

    public static final String LIST = "ballots";
    public static final String NEW = "ballots/edit";

    private BallotNavigation() {
    }

    public static String ballot(long ballotId) {
        return "ballots/" + ballotId;
    }

    /** The page of an idea (the ideas module keeps its own navigation class internal to it). */
    static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }

    public static String edit(long ballotId) {
        return "ballots/edit/" + ballotId;
    }
}
