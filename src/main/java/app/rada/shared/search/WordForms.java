package app.rada.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.egothor.stemmer.Trie;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The forms of words, so that search finds "Dostawa lodówki" for "lodówka", "dostawy" or "lodowka", and
 * "Faster deliveries" for "delivery". A word stands for several terms: the word itself, its Polish
 * lemmas from a dictionary (or, for a word the dictionary does not know, its stem from a Polish
 * stemmer) and, for a word in Latin letters only, its English stem. Every term is folded: lower case,
 * diacritics removed (ł becomes l), 2 to 40 characters.
 *
 * <p>Store {@link #terms(String)} for each text that should be found and search with {@link #query(String)};
 * a stored word matches a query word when they share a term. Both sides use the same analysis; when the
 * analysis changes, {@link #VERSION} goes up and stored terms must be made again.
 *
 * <p>Safe to use from many threads at once. The dictionaries are loaded once per JVM, on first use.
 */
@Component
public class WordForms {

    /** The version of the analysis; stored terms made by another version are made again. */
    public static final int VERSION = 2;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    /** A word: letters and digits, with apostrophes inside it ("customer's"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern LATIN = Pattern.compile("[a-z'’]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** The Polish stemmer guesses badly for short words; those only get the dictionary. */
    private static final int STEMMER_MIN_LENGTH = 4;

    private final Highlighter highlighter = new Highlighter(this);

    /** Folds a text for comparison: lower case, diacritics removed, ł to l. */
    public static String fold(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The terms to store for a text: those of each of its words, without repeats. */
    public Set<String> terms(String text) {
        var result = new LinkedHashSet<String>();
        var words = WORD.matcher(text);
        while (words.find()) {
            result.addAll(termsOfWord(words.group()));
        }
        return result;
    }

    /** The terms of the texts together. */
    public Set<String> terms(String... texts) {
        var result = new LinkedHashSet<String>();
        for (var text : texts) {
            result.addAll(terms(text));
        }
        return result;
    }

    /**
     * What a person typed as a query: each word with the terms that match it, in the order typed. Words
     * under two letters are left out. The last word is complete; see {@link SearchQuery#typing()}.
     */
    public SearchQuery query(String text) {
        var words = new ArrayList<QueryWord>();
        var found = WORD.matcher(text);
        while (found.find()) {
            var terms = termsOfWord(found.group());
            if (!terms.isEmpty()) {
                words.add(new QueryWord(surface(found.group()), terms));
            }
        }
        return new SearchQuery(words, false);
    }

    /**
     * The text in segments, the words that match the query marked. A word matches by its forms, as the
     * start of an unfinished last word, or (when no word of the text matches a query word otherwise) as a
     * typo of it. Returns one unmarked segment when nothing matches.
     */
    public List<Segment> highlight(String text, SearchQuery query) {
        return highlighter.segments(text, query);
    }

    /** The terms of one word; empty for a word under two letters. */
    public Set<String> termsOfWord(String word) {
        var result = new LinkedHashSet<String>();
        var plain = surface(word);
        if (plain.length() < MIN_LENGTH) {
            return result;
        }
        result.add(plain);
        if (DIGIT.matcher(word).find()) {
            return result;
        }
        var lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        var bare = APOSTROPHES.matcher(lower).replaceAll("");
        var lemmas = Polish.lemmas(bare);
        if (!lemmas.isEmpty()) {
            lemmas.forEach(lemma -> add(result, lemma));
        } else if (bare.length() >= STEMMER_MIN_LENGTH) {
            add(result, Polish.stem(bare));
        }
        if (LATIN.matcher(lower).matches()) {
            add(result, English.stem(lower));
        }
        return result;
    }

    /** The word as typed, folded, without apostrophes, at most 40 characters. */
    static String surface(String word) {
        var folded = APOSTROPHES.matcher(fold(word)).replaceAll("");
        return folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded;
    }

    private static void add(Set<String> terms, @Nullable String form) {
        if (form == null) {
            return;
        }
        var folded = fold(form);
        if (folded.length() >= MIN_LENGTH) {
            terms.add(folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded);
        }
    }

    /** The Polish dictionary and stemmer, loaded on first use and shared by every thread. */
    private static final class Polish {

        private static final Dictionary DICTIONARY = new PolishStemmer().getDictionary();
        private static final Trie STEMMER_TABLE = PolishAnalyzer.getDefaultTable();
        /** A lookup reuses its buffers, so each thread has its own. */
        private static final ThreadLocal<DictionaryLookup> LOOKUP =
                ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

        /** The dictionary's lemmas of a lower-case word, or of the same word as a name ("warszawie"). */
        static List<String> lemmas(String word) {
            var lookup = LOOKUP.get();
            var found = lookup.lookup(word);
            if (found.isEmpty()) {
                found = lookup.lookup(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            var result = new ArrayList<String>(found.size());
            // the lookup's entries are reused by its next call: copy what is needed now
            found.forEach(entry -> {
                var stem = entry.getStem();
                if (stem != null && !stem.isEmpty()) {
                    result.add(stem.toString());
                }
            });
            return result;
        }

        static @Nullable String stem(String word) {
            var stem = new StempelStemmer(STEMMER_TABLE).stem(word);
            return stem == null || stem.isEmpty() ? null : stem.toString();
        }
    }

    /** The English stemmer: possessive removed, then Porter's rules. */
    private static final class English {

        private static final Analyzer ANALYZER = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new EnglishPossessiveFilter(source)));
            }
        };

        static @Nullable String stem(String word) {
            try (var stream = ANALYZER.tokenStream("word", word)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                String result = stream.incrementToken() ? APOSTROPHES.matcher(term).replaceAll("") : null;
                stream.end();
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
