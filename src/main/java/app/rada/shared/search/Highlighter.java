package app.rada.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a text into segments, marking the words that match a query; see {@link WordForms#highlight}. */
final class Highlighter {

    private final WordForms forms;

    Highlighter(WordForms forms) {
        this.forms = forms;
    }

    private record Word(int start, int end, String typed, Set<String> terms) {
    }

    List<Segment> segments(String text, SearchQuery query) {
        if (query.isEmpty() || text.isEmpty()) {
            return List.of(new Segment(text, false));
        }
        var words = new ArrayList<Word>();
        var found = WordForms.WORD.matcher(text);
        while (found.find()) {
            var terms = forms.termsOfWord(found.group());
            if (!terms.isEmpty()) {
                words.add(new Word(found.start(), found.end(), WordForms.surface(found.group()), terms));
            }
        }
        // a query word that some word of the text matches plainly is not looked for as a typo
        var plain = new boolean[query.words().size()];
        var marked = new boolean[words.size()];
        for (int w = 0; w < words.size(); w++) {
            for (int q = 0; q < plain.length; q++) {
                if (matches(query, q, words.get(w))) {
                    plain[q] = true;
                    marked[w] = true;
                }
            }
        }
        for (int w = 0; w < words.size(); w++) {
            for (int q = 0; q < plain.length && !marked[w]; q++) {
                marked[w] = !plain[q] && near(query.words().get(q), words.get(w));
            }
        }
        var segments = new ArrayList<Segment>();
        int at = 0;
        for (int w = 0; w < words.size(); w++) {
            if (marked[w]) {
                var word = words.get(w);
                if (word.start() > at) {
                    segments.add(new Segment(text.substring(at, word.start()), false));
                }
                segments.add(new Segment(text.substring(word.start(), word.end()), true));
                at = word.end();
            }
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }

    private static boolean matches(SearchQuery query, int q, Word word) {
        var queryWord = query.words().get(q);
        return queryWord.matches(word.terms()) || (query.byPrefix(q) && queryWord.begins(word.typed()));
    }

    private static boolean near(QueryWord queryWord, Word word) {
        for (var term : word.terms()) {
            if (queryWord.near(term)) {
                return true;
            }
        }
        return false;
    }
}
