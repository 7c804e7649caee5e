package app.rada.journeys;

import app.rada.journeys.internal.AnnotationSearchStore;
import app.rada.journeys.ui.JourneyNavigation;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.SearchKind;
import app.rada.shared.search.Segment;
import app.rada.shared.search.Snippets;
import app.rada.shared.search.WordForms;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal-wide search's part in the journeys module: the annotations on the maps the caller may open
 * (members: published maps only) that have every word searched for, a page at a time, the newest first.
 */
@Service
@Transactional(readOnly = true)
public class JourneySearchService {

    public static final int PAGE_MAX = 50;

    private final AnnotationSearchStore store;
    private final WordForms forms;

    JourneySearchService(AnnotationSearchStore store, WordForms forms) {
        this.store = store;
        this.forms = forms;
    }

    @PreAuthorize(Access.MEMBER)
    public List<SearchHit> annotations(String text, int offset, int limit) {
        var me = CurrentUser.require();
        var query = forms.query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return store.search(text, me.isStaff(), Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX)).stream()
                .map(a -> {
                    var title = new ArrayList<Segment>(forms.highlight(a.touchpointName(), query));
                    title.add(new Segment(" · ", false));
                    title.addAll(forms.highlight(a.mapTitle(), query));
                    return new SearchHit(SearchKind.ANNOTATION, a.id(), title,
                            Snippets.around(forms.highlight(a.text(), query), Snippets.LENGTH),
                            JourneyNavigation.map(a.mapId()), a.createdAt());
                }).toList();
    }
}
