package app.rada.ideas;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Tags are short lower-case words or phrases joined by hyphens. */
public final class Tags {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_PER_IDEA = 8;

    private Tags() {
    }

    public static String normalise(String tag) {
        var clean = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "");
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }

    public static Set<String> normalise(Iterable<String> tags) {
        var result = new LinkedHashSet<String>();
        for (var tag : tags) {
            var clean = normalise(tag);
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }
}
