package app.rada.shared.search;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a person searched for: its words in the order typed, each with the terms that match it. Every
 * word must match for a result to count. While a search box is being typed into, the last word may be
 * unfinished: then it also matches the stored words it begins ({@link #lastWordUnfinished()}).
 *
 * @param words the words of the query, in the order typed; empty when nothing searchable was typed
 * @param lastWordUnfinished whether the last word also matches as the start of a stored word
 */
public record SearchQuery(List<QueryWord> words, boolean lastWordUnfinished) {

    public SearchQuery {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The same query, with the last word matching the stored words it begins as well. */
    public SearchQuery typing() {
        return new SearchQuery(words, true);
    }

    /** At most this many words, the first ones typed. */
    public SearchQuery limit(int count) {
        return words.size() <= count ? this : new SearchQuery(words.subList(0, count), lastWordUnfinished);
    }

    /** Whether the word at this position is the unfinished last one, which also matches by its start. */
    public boolean byPrefix(int index) {
        return lastWordUnfinished && index == words.size() - 1;
    }

    /**
     * Whether a text with these stored terms (from {@link WordForms#terms(String)}) is a result: every
     * word matches one of them, the unfinished last word also as the start of one.
     */
    public boolean matchedBy(Collection<String> storedTerms) {
        if (words.isEmpty()) {
            return false;
        }
        for (int n = 0; n < words.size(); n++) {
            var word = words.get(n);
            boolean prefix = byPrefix(n);
            if (!word.matches(storedTerms) && !(prefix && storedTerms.stream().anyMatch(word::begins))) {
                return false;
            }
        }
        return true;
    }

    /** The query with each word replaced, for instance by one that also accepts typos found in the database. */
    public SearchQuery map(UnaryOperator<QueryWord> change) {
        return new SearchQuery(words.stream().map(change).toList(), lastWordUnfinished);
    }
}
