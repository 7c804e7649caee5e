package app.rada.ideas;

import java.util.Locale;

/** The orders of the board. Trending weighs recent votes more than old ones. */
public enum BoardSort {
    TRENDING,
    TOP,
    NEWEST,
    ANSWERED;

    public String labelKey() {
        return "ideas.sort." + name().toLowerCase(Locale.ROOT);
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BoardSort fromParam(String value) {
        for (var sort : values()) {
            if (sort.param().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return TRENDING;
    }
}
