package app.rada.ideas;

import java.time.Duration;
import java.util.List;

/**
 * New ideas waiting for their first answer: the oldest few, how many wait in all, and how many have
 * waited longer than the target.
 */
public record FirstAnswers(List<WaitingIdea> oldest, long waiting, long overdue, Duration target) {
}
