package app.rada.sessions.internal;

import app.rada.ideas.IdeaLink;
import app.rada.ideas.IdeaLinkSource;
import app.rada.sessions.SessionService;
import app.rada.sessions.ui.SessionNavigation;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The design sessions that discuss an idea or produced it, on the idea's page: only those the
 * member may open (their audience includes them; drafts for staff only).
 */
@Component
class SessionIdeaLinks implements IdeaLinkSource {

    private final SessionStore store;
    private final SessionService sessions;

    SessionIdeaLinks(SessionStore store, SessionService sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public List<IdeaLink> linksTo(long ideaId) {
        var links = new ArrayList<IdeaLink>();
        for (long sessionId : store.sessionsOfIdea(ideaId)) {
            try {
                var session = sessions.details(sessionId);
                links.add(new IdeaLink("sessions.idea-link", session.title(), SessionNavigation.session(sessionId),
                        session.status().labelKey()));
            } catch (NoSuchElementException | AccessDeniedException notForThisMember) {
                // left out: the member may not open it
            }
        }
        return links;
    }
}
