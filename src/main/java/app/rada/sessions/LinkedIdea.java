package app.rada.sessions;

import app.rada.ideas.IdeaStatus;

/** An idea a session is about, or one of its outcomes became. */
public record LinkedIdea(long id, String title, IdeaStatus status) {
}
