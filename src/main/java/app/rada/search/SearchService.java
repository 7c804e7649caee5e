package app.rada.search;

import app.rada.ballots.BallotSearchService;
import app.rada.ideas.IdeaSearchService;
import app.rada.journeys.JourneySearchService;
import app.rada.sessions.SessionSearchService;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.SearchKind;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Searches every kind of content at once through each module's search service, which applies that
 * module's rules of who may see what, and groups the results by kind. Every group is one page query.
 */
@Service
public class SearchService {

    /** Results shown per group at first. */
    public static final int GROUP_SIZE = 5;
    /** Results added per "show more". */
    public static final int MORE_SIZE = 10;
    /** The longest search text taken. */
    public static final int TEXT_MAX = 200;

    private final IdeaSearchService ideas;
    private final JourneySearchService journeys;
    private final SessionSearchService sessions;
    private final BallotSearchService ballots;

    SearchService(IdeaSearchService ideas, JourneySearchService journeys, SessionSearchService sessions,
                  BallotSearchService ballots) {
        this.ideas = ideas;
        this.journeys = journeys;
        this.sessions = sessions;
        this.ballots = ballots;
    }

    /** The first results of every kind that has some, in the kinds' order. */
    @PreAuthorize(Access.MEMBER)
    public List<SearchGroup> search(String text) {
        CurrentUser.require();
        var groups = new ArrayList<SearchGroup>();
        for (var kind : SearchKind.values()) {
            var hits = page(kind, text, 0, GROUP_SIZE + 1);
            if (!hits.isEmpty()) {
                groups.add(new SearchGroup(kind, hits.subList(0, Math.min(GROUP_SIZE, hits.size())),
                        hits.size() > GROUP_SIZE));
            }
        }
        return groups;
    }

    /** The next results of one kind, after the first {@code offset}. */
    @PreAuthorize(Access.MEMBER)
    public SearchGroup more(SearchKind kind, String text, int offset) {
        var hits = page(kind, text, offset, MORE_SIZE + 1);
        return new SearchGroup(kind, hits.subList(0, Math.min(MORE_SIZE, hits.size())), hits.size() > MORE_SIZE);
    }

    private List<SearchHit> page(SearchKind kind, String text, int offset, int limit) {
        var clean = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        return switch (kind) {
            case IDEA -> ideas.ideas(clean, offset, limit);
            case COMMENT -> ideas.comments(clean, offset, limit);
            case ANNOTATION -> journeys.annotations(clean, offset, limit);
            case SESSION -> sessions.sessions(clean, offset, limit);
            case BALLOT -> ballots.ballots(clean, offset, limit);
        };
    }
}
