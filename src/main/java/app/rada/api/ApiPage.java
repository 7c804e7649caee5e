package app.rada.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items and, when more may follow, the cursor of the next page ({@code next}, passed
 * back as {@code ?cursor=}). No {@code next} means the list ends here.
 */
public record ApiPage<T>(List<T> items, @Nullable String next) {

    public ApiPage {
        items = List.copyOf(items);
    }

    /**
     * A page from a service that pages by position, asked for one item more than {@code limit}: that extra
     * item only tells that another page follows.
     */
    public static <S, T> ApiPage<T> byOffset(List<S> fetched, int offset, int limit, Function<S, T> toItem) {
        boolean more = fetched.size() > limit;
        var items = fetched.stream().limit(limit).map(toItem).toList();
        return new ApiPage<>(items, more ? Cursor.at(offset + limit) : null);
    }
}
