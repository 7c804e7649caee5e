package app.rada.api.paging;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks a service that pages by position for one item more than a page holds, so that
 * {@link app.rada.api.ApiPage#byOffset} can tell whether another page follows. The services answer at most
 * {@code serviceMax} items at once; the extra item then comes from a second, small page.
 */
public final class LookAhead {

    /** A service's page: items from a position, at most so many. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> fetch(int offset, int limit);
    }

    private LookAhead() {
    }

    public static <T> List<T> fetch(Page<T> page, int offset, int limit, int serviceMax) {
        int wanted = limit + 1;
        var first = page.fetch(offset, Math.min(wanted, serviceMax));
        if (wanted <= serviceMax || first.size() < serviceMax) {
            return first;
        }
        var all = new ArrayList<T>(first);
        all.addAll(page.fetch(offset + first.size(), wanted - first.size()));
        return all;
    }
}
