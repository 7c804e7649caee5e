package app.rada.ideas.api;

import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears about an idea, and under which title. Each list names people once, in a stable order;
 * whether each of them may still read the idea is {@link IdeaReaders}' question, asked when telling them.
 */
@Component
@Transactional(readOnly = true)
public class IdeaAudiences {

    private final IdeaRepository ideas;
    private final IdeaStore store;

    IdeaAudiences(IdeaRepository ideas, IdeaStore store) {
        this.ideas = ideas;
        this.store = store;
    }

    /** The idea's title, or empty when the idea is gone. */
    public Optional<String> title(long ideaId) {
        return ideas.findById(ideaId).map(Idea::getTitle);
    }

    /** Who wrote the idea, or empty when the idea is gone. */
    public Optional<Long> authorOf(long ideaId) {
        return ideas.findById(ideaId).map(Idea::getAuthorId);
    }

    /** Who hears about changes to the idea: its author, its voters and its followers. */
    public List<Long> followersOfChanges(long ideaId) {
        return ideas.findById(ideaId).map(idea -> {
            var people = new LinkedHashSet<Long>();
            people.add(idea.getAuthorId());
            people.addAll(store.voters(ideaId));
            people.addAll(store.followers(ideaId));
            return List.copyOf(people);
        }).orElse(List.of());
    }

    /** Who is asked "Did this solve it?" when the idea is done: its author and its voters. */
    public List<Long> pulseAudience(long ideaId) {
        return ideas.findById(ideaId).map(idea -> {
            var people = new LinkedHashSet<Long>();
            people.add(idea.getAuthorId());
            people.addAll(store.voters(ideaId));
            return List.copyOf(people);
        }).orElse(List.of());
    }

    /** Who hears about new comments: the author and the followers (commenting follows the idea). */
    public List<Long> commentAudience(long ideaId) {
        return ideas.findById(ideaId).map(idea -> {
            var people = new LinkedHashSet<Long>();
            people.add(idea.getAuthorId());
            people.addAll(store.followers(ideaId));
            return List.copyOf(people);
        }).orElse(List.of());
    }
}
