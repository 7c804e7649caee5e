package app.rada.ideas;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an idea stands. Staff move it; every move can carry a public answer. */
public enum IdeaStatus {
    NEW,
    UNDER_REVIEW,
    PLANNED,
    IN_PROGRESS,
    DONE,
    DECLINED,
    MERGED;

    /** The statuses staff may choose in the workflow (merging has its own action). */
    public static final Set<IdeaStatus> CHOOSABLE = EnumSet.of(NEW, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED);

    /** Shown on the roadmap. */
    public static final Set<IdeaStatus> ROADMAP = EnumSet.of(PLANNED, IN_PROGRESS, DONE);

    public boolean isClosed() {
        return this == DONE || this == DECLINED || this == MERGED;
    }

    public boolean needsReason() {
        return this == DECLINED;
    }

    public String labelKey() {
        return "ideas.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
