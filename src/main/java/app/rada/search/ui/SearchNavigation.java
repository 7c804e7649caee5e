package app.rada.search.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Links to the search results page. */
@NamedInterface("navigation")
public final class SearchNavigation {

    public static final String RESULTS = "search";
    public static final String QUERY = "q";

    private SearchNavigation() {
    }

    /** The query parameters of the results for a text. */
    public static QueryParameters query(String text) {
        return new QueryParameters(Map.of(QUERY, List.of(text)));
    }
}
