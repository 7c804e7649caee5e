package app.rada.ideas;

import java.time.Instant;

/** An idea that waits for someone: for a first answer since {@code since}, or for the reader's verdict. */
public record WaitingIdea(long id, String title, Instant since) {
}
