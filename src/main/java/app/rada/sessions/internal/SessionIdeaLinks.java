package app.rada.sessions.internal;

import app.rada.ideas.IdeaLink;
import app.rada.ideas.IdeaLinkSource;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.ui.SessionNavigation;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The design sessions that discuss an idea or produced it, on the idea's page: only those the
 * member may open (their audience includes them; drafts for staff only).
 */
@Component
class SessionIdeaLinks implements IdeaLinkSource {

    private final SessionReadingService sessions;

    SessionIdeaLinks(SessionReadingService sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<IdeaLink> linksTo(long ideaId) {
        return sessions.linkedToIdea(ideaId).stream().map(s -> new IdeaLink("sessions.idea-link", s.title(),
                SessionNavigation.session(s.id()), s.status().labelKey())).toList();
    }
}
