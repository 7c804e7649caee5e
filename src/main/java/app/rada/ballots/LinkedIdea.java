package app.rada.ballots;

import app.rada.ideas.IdeaStatus;

/** An idea the ballot decides, as the ballot page links to it. */
public record LinkedIdea(long id, String title, IdeaStatus status) {
}
