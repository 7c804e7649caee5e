package app.rada.ideas.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the ideas module for other modules and for mails. */
@NamedInterface("navigation")
public final class IdeaNavigation {

    public static final String BOARD = "ideas";
    public static final String SUBMIT = "ideas/new";
    /** The staff's queue of ideas to answer, with the reports. */
    public static final String TRIAGE = "staff/ideas";

    private IdeaNavigation() {
    }

    public static String idea(long ideaId) {
        return "ideas/" + ideaId;
    }
}
