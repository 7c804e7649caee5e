package app.rada.ideas;

import app.rada.ideas.internal.CorpusStore;
import app.rada.shared.security.Access;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open ideas as texts, for staff who look for the themes the board keeps coming back to. */
@Service
@Transactional(readOnly = true)
public class IdeaCorpusService {

    /** The most ideas read at once: the newest ones speak for the rest. */
    public static final int LIMIT = 400;

    private final CorpusStore store;

    IdeaCorpusService(CorpusStore store) {
        this.store = store;
    }

    /** The newest open ideas on the board. */
    @PreAuthorize(Access.STAFF)
    public List<IdeaText> openIdeas() {
        return store.open(null, LIMIT);
    }

    /** The newest open ideas linked to one of the touchpoints. */
    @PreAuthorize(Access.STAFF)
    public List<IdeaText> openIdeasAt(Collection<Long> touchpointIds) {
        return store.open(List.copyOf(touchpointIds), LIMIT);
    }
}
