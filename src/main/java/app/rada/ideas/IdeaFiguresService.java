package app.rada.ideas;

import app.rada.ideas.internal.IdeaFiguresStore;
import app.rada.shared.security.Access;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about ideas for staff's overviews. Every figure is an aggregate query over the ideas of a span
 * of time, read through an index on the moment it is about; nothing is loaded row by row.
 */
@Service
@Transactional(readOnly = true)
public class IdeaFiguresService {

    static final int LATEST_MAX = 50;

    private final IdeaFiguresStore store;

    IdeaFiguresService(IdeaFiguresStore store) {
        this.store = store;
    }

    @PreAuthorize(Access.STAFF)
    public IdeaFigures figures(Instant from, Instant to, Instant now) {
        return store.figures(from, to, now);
    }

    /** The trend by part of a span; part {@code i} runs from {@code bounds[i]} to {@code bounds[i+1]}. */
    @PreAuthorize(Access.STAFF)
    public List<TimingTrend> trend(List<Instant> bounds) {
        return store.trend(bounds);
    }

    /** What these people did with ideas in a span of time, with their latest ideas (at most 50). */
    @PreAuthorize(Access.STAFF)
    public ContributionFigures contributions(Collection<Long> personIds, Instant from, Instant to, int latest) {
        if (personIds.isEmpty()) {
            return new ContributionFigures(0, 0, 0, 0, 0, List.of());
        }
        return store.contributions(personIds, from, to, Math.min(Math.max(latest, 0), LATEST_MAX));
    }
}
