package app.rada.ideas;

import java.time.Instant;

/**
 * Something that happened to an idea the reader wrote or follows: staff moved it to a status, answered
 * it in public, or both.
 *
 * @param statusChanged whether the status moved (an answer can also leave the status as it was)
 * @param answered whether staff wrote a public answer
 * @param mine whether the reader wrote the idea (otherwise they follow it)
 */
public record IdeaNews(long ideaId, String title, IdeaStatus status, boolean statusChanged, boolean answered,
                       boolean mine, Instant at) {
}
