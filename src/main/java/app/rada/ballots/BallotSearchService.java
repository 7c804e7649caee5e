package app.rada.ballots;

import app.rada.ballots.internal.BallotSearchStore;
import app.rada.ballots.ui.BallotNavigation;
import app.rada.shared.Role;
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
 * The portal-wide search's part in the ballots module: the ballots that have every word searched for,
 * the latest opening first. Ballots are for the board and staff, so other members find none; drafts are
 * for staff.
 */
@Service
@Transactional(readOnly = true)
public class BallotSearchService {

    private final BallotSearchStore store;
    private final WordForms forms;

    BallotSearchService(BallotSearchStore store, WordForms forms) {
        this.store = store;
        this.forms = forms;
    }

    @PreAuthorize(Access.MEMBER)
    public List<SearchHit> ballots(String text, int offset, int limit) {
        var me = CurrentUser.require();
        var query = forms.query(text);
        if (query.isEmpty() || !me.isStaff() && !me.has(Role.BOARD_MEMBER)) {
            return List.of();
        }
        return store.search(text, me.isStaff(), Math.max(offset, 0), Math.min(Math.max(limit, 1), BallotAccess.PAGE_MAX))
                .stream()
                .map(b -> new SearchHit(SearchKind.BALLOT, b.id(), forms.highlight(b.title(), query),
                        Snippets.around(forms.highlight(b.text(), query), Snippets.LENGTH),
                        BallotNavigation.ballot(b.id()), b.opensAt()))
                .toList();
    }
}
