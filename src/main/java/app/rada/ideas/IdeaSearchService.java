package app.rada.ideas;

import app.rada.ideas.internal.SiteSearchStore;
import app.rada.ideas.ui.IdeaNavigation;
import app.rada.shared.Markdown;
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
 * The portal-wide search's part in the ideas module: the ideas and the comments the caller may read that
 * have every word searched for (in any of its Polish or English forms), a page at a time, the newest
 * first, with the matched words marked.
 */
@Service
@Transactional(readOnly = true)
public class IdeaSearchService {

    /** At most this many results per page. */
    public static final int PAGE_MAX = 50;

    private final SiteSearchStore store;
    private final WordForms forms;

    IdeaSearchService(SiteSearchStore store, WordForms forms) {
        this.store = store;
        this.forms = forms;
    }

    @PreAuthorize(Access.MEMBER)
    public List<SearchHit> ideas(String text, int offset, int limit) {
        var me = CurrentUser.require();
        var query = forms.query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return store.ideas(text, me.personId(), me.isStaff(), Math.max(offset, 0), size(limit)).stream()
                .map(i -> new SearchHit(SearchKind.IDEA, i.id(), forms.highlight(i.title(), query),
                        Snippets.around(forms.highlight(Markdown.toPlainText(i.description()), query), Snippets.LENGTH),
                        IdeaNavigation.idea(i.id()), i.createdAt()))
                .toList();
    }

    /** Comments on ideas the caller may read; never deleted ones, hidden ones for staff only. */
    @PreAuthorize(Access.MEMBER)
    public List<SearchHit> comments(String text, int offset, int limit) {
        var me = CurrentUser.require();
        var query = forms.query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return store.comments(text, me.personId(), me.isStaff(), Math.max(offset, 0), size(limit)).stream()
                .map(c -> new SearchHit(SearchKind.COMMENT, c.id(), forms.highlight(c.ideaTitle(), query),
                        Snippets.around(forms.highlight(SiteSearchStore.commentText(c.body()), query),
                                Snippets.LENGTH),
                        IdeaNavigation.idea(c.ideaId()), c.createdAt()))
                .toList();
    }

    private static int size(int limit) {
        return Math.min(Math.max(limit, 1), PAGE_MAX);
    }
}
