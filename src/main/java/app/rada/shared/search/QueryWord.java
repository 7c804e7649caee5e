package app.rada.shared.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One word of a query: as typed (folded: lower case, no diacritics) and every term a stored word may
 * have to match it (its Polish lemmas or stem and its English stem, folded the same way).
 */
public record QueryWord(String typed, Set<String> terms) {

    /** Words shorter than this are never matched by a typo. */
    public static final int TYPO_MIN_LENGTH = 4;

    public QueryWord {
        terms = Set.copyOf(terms);
    }

    /** The same word accepting more stored terms as well (found near it as typos, for instance). */
    public QueryWord with(Collection<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new LinkedHashSet<>(terms);
        all.addAll(more);
        return new QueryWord(typed, all);
    }

    /** Whether a stored word with these terms is a form of this word. */
    public boolean matches(Collection<String> wordTerms) {
        for (var term : wordTerms) {
            if (terms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a stored term begins with the word as typed so far. */
    public boolean begins(String term) {
        return term.startsWith(typed);
    }

    /** How many letters may differ for a typo: none under 4 letters, one for 4, two for 5 or more. */
    public int typoEdits() {
        int length = typed.length();
        return length < TYPO_MIN_LENGTH ? 0 : length == TYPO_MIN_LENGTH ? 1 : 2;
    }

    /**
     * Whether a stored term could be this word mistyped: it starts with the same letter and differs by at
     * most {@link #typoEdits()} letters inserted, removed or replaced.
     */
    public boolean near(String term) {
        int edits = typoEdits();
        return edits > 0 && !term.isEmpty() && term.charAt(0) == typed.charAt(0)
                && Math.abs(term.length() - typed.length()) <= edits && distance(typed, term, edits) <= edits;
    }

    /** How many letters differ between the word as typed and a stored term (inserted, removed or replaced). */
    public int distanceTo(String term) {
        return distance(typed, term, typed.length() + term.length());
    }

    /** The edit distance of two words, or {@code limit + 1} as soon as it is certain to exceed the limit. */
    static int distance(String a, String b, int limit) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
