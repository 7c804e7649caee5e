package app.rada.people;

import org.jspecify.annotations.Nullable;

/**
 * How one row of a bulk invitation went: sent, or the reason it was not (a translation key and its argument).
 */
public record RowOutcome(int row, String email, boolean sent, @Nullable String problemKey,
                         @Nullable String problemArgument) {
}
