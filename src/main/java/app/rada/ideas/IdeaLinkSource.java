package app.rada.ideas;

import java.util.List;

/**
 * Implemented by modules that tie their things to ideas. Called as the member who opens the idea
 * page: an implementation returns only what that member may open itself, so the ideas module
 * needs to know nothing about ballots or sessions.
 */
public interface IdeaLinkSource {

    List<IdeaLink> linksTo(long ideaId);
}
