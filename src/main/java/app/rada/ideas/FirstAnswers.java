package app.rada.ideas;

import java.time.Duration;
import java.util.List;

/**
 * New ideas waiting for their first answer: the oldest few, how many wait in all, and how many have
 * waited longer than the target. Both counts stop just past {@link #COUNTED}: the start page asks on
 * every visit, and beyond that the exact figure changes nothing a reader does.
 */
public record FirstAnswers(List<WaitingIdea> oldest, long waiting, long overdue, Duration target) {

    /** Counts are exact up to this many ideas. */
    public static final int COUNTED = 1000;

    /** More ideas wait than are counted exactly. */
    public boolean beyondCount() {
        return waiting > COUNTED;
    }
}
