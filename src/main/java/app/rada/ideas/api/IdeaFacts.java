package app.rada.ideas.api;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import app.rada.ideas.internal.IdeaRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea as it stands, for messages written after the fact to systems outside the portal (webhooks):
 * its title, status, who may read it and its counts. Nothing about its author or its staff notes.
 */
@Component
@Transactional(readOnly = true)
public class IdeaFacts {

    /** What an outside system hears about an idea. */
    public record Snapshot(long id, String title, IdeaStatus status, Visibility visibility, int voteCount,
                           int weightedVotes, int commentCount) {
    }

    private final IdeaRepository ideas;

    IdeaFacts(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    /** The idea now, or empty when it is gone. */
    public Optional<Snapshot> snapshot(long ideaId) {
        return ideas.findById(ideaId).map(idea -> new Snapshot(idea.getId(), idea.getTitle(), idea.getStatus(),
                idea.getVisibility(), idea.getVoteCount(), idea.getWeightedVotes(), idea.getCommentCount()));
    }
}
