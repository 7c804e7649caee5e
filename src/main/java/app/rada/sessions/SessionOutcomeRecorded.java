package app.rada.sessions;

import org.jspecify.annotations.Nullable;

/** Staff recorded an outcome of a session, or turned one into an idea ({@code ideaId} then set). */
public record SessionOutcomeRecorded(long sessionId, long outcomeId, @Nullable Long ideaId) {
}
