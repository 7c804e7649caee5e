package app.rada.sessions;

import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionSearchStore;
import app.rada.sessions.ui.SessionNavigation;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.SearchKind;
import app.rada.shared.search.Snippets;
import app.rada.shared.search.WordForms;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal-wide search's part in the sessions module: the design sessions the caller may see that have
 * every word searched for in their title, purpose, agenda or minutes, the latest start first. Members
 * find the scheduled sessions of their audience; drafts and cancelled sessions are for staff.
 */
@Service
@Transactional(readOnly = true)
public class SessionSearchService {

    public static final int PAGE_MAX = 50;

    private final SessionSearchStore store;
    private final SessionAccess access;
    private final WordForms forms;

    SessionSearchService(SessionSearchStore store, SessionAccess access, WordForms forms) {
        this.store = store;
        this.access = access;
        this.forms = forms;
    }

    @PreAuthorize(Access.MEMBER)
    public List<SearchHit> sessions(String text, int offset, int limit) {
        var query = forms.query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        var viewer = access.viewer(CurrentUser.require());
        return store.search(text, viewer, Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX)).stream()
                .map(s -> new SearchHit(SearchKind.SESSION, s.id(), forms.highlight(s.title(), query),
                        Snippets.around(forms.highlight(s.text(), query), Snippets.LENGTH),
                        SessionNavigation.session(s.id()), s.startsAt()))
                .toList();
    }
}
