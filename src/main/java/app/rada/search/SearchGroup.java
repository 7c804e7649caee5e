package app.rada.search;

import app.rada.shared.search.SearchHit;
import app.rada.shared.search.SearchKind;
import java.util.List;

/**
 * The first results of one kind.
 *
 * @param more whether there are more results of this kind than those given
 */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, boolean more) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
