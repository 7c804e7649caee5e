package app.rada.ideas.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words for search, folded so that "Zwrót", "zwrot" and "ZWROT" meet: lower case, diacritics
 * removed (ł becomes l), at most 40 characters. The same folding applies to stored ideas and to what
 * a member types, so search behaves the same on every database.
 */
public final class SearchTerms {

    static final int MAX_LENGTH = 40;
    static final int MIN_LENGTH = 2;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    public static Set<String> of(String text) {
        var result = new LinkedHashSet<String>();
        for (var word : SEPARATORS.split(fold(text))) {
            if (word.length() >= MIN_LENGTH) {
                result.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return result;
    }

    static String fold(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
