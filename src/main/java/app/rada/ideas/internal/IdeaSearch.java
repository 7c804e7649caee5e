package app.rada.ideas.internal;

import app.rada.ideas.BoardFilter;
import app.rada.shared.Markdown;
import app.rada.shared.search.QueryWord;
import app.rada.shared.search.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Word search over the terms stored for each idea in {@code idea_term} (see {@link WordForms}): the terms
 * of an idea, and the conditions the board and the triage queue add for what a person typed. Every word
 * typed must match one term of the idea by its forms; the last word of a search being typed also matches
 * the terms it begins; a word of four letters or more that matches no stored term at all also accepts
 * the stored terms it could be a typo of. Written in SQL that H2 and PostgreSQL both run.
 */
@Component
public class IdeaSearch {

    /** Below this many ideas with a word, search starts from the ideas with that word. */
    static final int NARROW_TERM = 5000;
    /** At most this many stored terms are taken as typos of one word, the closest first. */
    static final int MAX_TYPOS = 20;
    /** The typo search reads at most this many distinct stored terms with the word's first letters. */
    static final int MAX_VOCABULARY = 5_000;

    private final WordForms forms;
    private final NamedParameterJdbcTemplate jdbc;
    private volatile @Nullable Boolean oneCheckPerWord;

    IdeaSearch(WordForms forms, NamedParameterJdbcTemplate jdbc) {
        this.forms = forms;
        this.jdbc = jdbc;
    }

    /**
     * Whether the database checks a word's terms best in one {@code EXISTS}: PostgreSQL probes the index
     * for each listed term, while separate checks joined by OR make it hash every idea with those terms.
     * H2 needs the separate checks (see {@link SearchPattern#check}).
     */
    private boolean oneCheckPerWord() {
        var known = oneCheckPerWord;
        if (known == null) {
            known = jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL"));
            oneCheckPerWord = known;
        }
        return Boolean.TRUE.equals(known);
    }

    /** The terms to store for an idea: those of its title and of its description as plain text. */
    public Set<String> terms(String title, String markdownDescription) {
        return forms.terms(title, Markdown.toPlainText(markdownDescription));
    }

    /**
     * One typed word in SQL: the terms it matches and, for an unfinished last word, the range of stored
     * terms it begins ({@code >= 'zwrot' AND < 'zwrou'}). A range rather than LIKE, because H2 ignores the
     * index for a LIKE with a parameter inside a subquery, and PostgreSQL estimates a range well.
     *
     * @param ideas about how many stored terms match (capped), to search from the rarest word
     * @param narrow whether few enough ideas have the word to start the search from them
     */
    record SearchPattern(QueryWord word, @Nullable String prefix, @Nullable String after, int ideas, boolean narrow,
                         boolean oneCheck) {

        /**
         * Whether idea {@code i} has the word: one check per term, each a single seek on (idea_id, term).
         * Not one check with {@code term IN (…)}: H2 then reads every idea with those terms for each idea
         * it checks.
         */
        String check(String alias, int n) {
            if (oneCheck) {
                var exact = alias + ".term IN (:terms" + n + ")";
                return "EXISTS (SELECT 1 FROM idea_term " + alias + " WHERE " + alias + ".idea_id = i.id AND "
                        + (prefix == null ? exact : "(" + exact + " OR " + range(alias, n) + ")") + ")";
            }
            var checks = new StringJoiner(" OR ", "(", ")");
            for (int t = 0; t < word.terms().size(); t++) {
                var a = alias + "t" + t;
                checks.add("EXISTS (SELECT 1 FROM idea_term " + a + " WHERE " + a + ".idea_id = i.id AND " + a
                        + ".term = :term" + n + "_" + t + ")");
            }
            if (prefix != null) {
                var a = alias + "p";
                checks.add("EXISTS (SELECT 1 FROM idea_term " + a + " WHERE " + a + ".idea_id = i.id AND " + range(a, n) + ")");
            }
            return checks.toString();
        }

        /** The ideas with the word: one index seek per term, one range for an unfinished word. */
        String ideaIds(String alias, int n) {
            var sql = "SELECT " + alias + ".idea_id FROM idea_term " + alias + " WHERE " + alias + ".term IN (:terms" + n + ")";
            // the union as a derived table: H2 runs a union inside IN again for every row it checks, a
            // derived table once
            return prefix == null ? sql
                    : "SELECT " + alias + "w.idea_id FROM (" + sql + " UNION SELECT " + alias + "p.idea_id FROM idea_term "
                            + alias + "p WHERE " + range(alias + "p", n) + ") " + alias + "w";
        }

        private String range(String alias, int n) {
            return "(" + alias + ".term >= :from" + n + " AND " + alias
                    + (after == null ? ".term LIKE :like" + n : ".term < :after" + n) + ")";
        }

        void bind(MapSqlParameterSource params, int n) {
            var terms = List.copyOf(word.terms());
            params.addValue("terms" + n, terms);
            for (int t = 0; t < terms.size(); t++) {
                params.addValue("term" + n + "_" + t, terms.get(t));
            }
            if (prefix != null) {
                params.addValue("from" + n, prefix);
                if (after == null) {
                    params.addValue("like" + n, prefix + "%");
                } else {
                    params.addValue("after" + n, after);
                }
            }
        }

        /**
         * The first word after every word that begins with the prefix: its last letter raised by one
         * ("abc" to "abd"); a trailing "z" or "9" carries to the letter before ("abz" to "ac"), so the
         * bound stays a letter or digit, which sorts the same way under every collation.
         */
        static @Nullable String after(String prefix) {
            for (int i = prefix.length() - 1; i >= 0; i--) {
                char c = prefix.charAt(i);
                if (c != 'z' && c != '9' && c != Character.MAX_VALUE) {
                    return prefix.substring(0, i) + (char) (c + 1);
                }
            }
            return null;
        }
    }

    /**
     * The words of the text (at most five) as patterns, the rarest first; empty when nothing searchable
     * was typed. With {@code typing}, the last word also matches the stored terms it begins.
     */
    List<SearchPattern> patterns(String text, boolean typing) {
        var query = forms.query(text).limit(BoardFilter.SEARCH_WORDS);
        if (typing) {
            query = query.typing();
        }
        var patterns = new ArrayList<SearchPattern>();
        for (int n = 0; n < query.words().size(); n++) {
            var word = query.words().get(n);
            var pattern = probe(word, query.byPrefix(n));
            if (pattern.ideas() == 0 && typoTolerant(word)) {
                var typos = typos(word);
                if (!typos.isEmpty()) {
                    pattern = probe(word.with(typos), query.byPrefix(n));
                }
            }
            patterns.add(pattern);
        }
        patterns.sort(Comparator.comparingInt(SearchPattern::ideas));
        return patterns;
    }

    /**
     * Adds one condition per pattern to a query over {@code idea i}; true when the search starts from the
     * ideas with the rarest word. When that word is common, ideas are read in the caller's order and
     * each is checked for the words, which stops after one page: either way a page costs bounded work.
     */
    static boolean where(StringBuilder sql, MapSqlParameterSource params, List<SearchPattern> patterns) {
        if (patterns.isEmpty()) {
            sql.append(" AND 1 = 0");
            return false;
        }
        boolean fromWordIdeas = false;
        for (int n = 0; n < patterns.size(); n++) {
            var pattern = patterns.get(n);
            pattern.bind(params, n);
            if (n == 0 && pattern.narrow()) {
                fromWordIdeas = true;
                sql.append(" AND i.id IN (").append(pattern.ideaIds("s0", 0)).append(")");
            } else {
                sql.append(" AND ").append(pattern.check("s" + n, n));
            }
        }
        return fromWordIdeas;
    }

    /**
     * The word as a pattern, with about how many stored terms match it: each term and the range are
     * counted apart, each stopping at the cap, because neither database stops a union early.
     */
    private SearchPattern probe(QueryWord word, boolean byPrefix) {
        var prefix = byPrefix ? word.typed().replace("%", "").replace("_", "") : null;
        var pattern = new SearchPattern(word, prefix, prefix == null ? null : SearchPattern.after(prefix), 0, false,
                false);
        var params = new MapSqlParameterSource("cap", NARROW_TERM + 1);
        pattern.bind(params, 0);
        var counts = new StringJoiner(" + ", "SELECT ", "");
        int t = 0;
        for (var term : word.terms()) {
            params.addValue("t" + t, term);
            counts.add("(SELECT COUNT(*) FROM (SELECT 1 AS one FROM idea_term t WHERE t.term = :t" + t + " LIMIT :cap) c)");
            t++;
        }
        if (prefix != null) {
            counts.add("(SELECT COUNT(*) FROM (SELECT 1 AS one FROM idea_term tp WHERE " + pattern.range("tp", 0)
                    + " LIMIT :cap) c)");
        }
        Long found = jdbc.queryForObject(counts.toString(), params, Long.class);
        int ideas = found == null ? 0 : (int) Math.min(found, Integer.MAX_VALUE);
        return new SearchPattern(word, prefix, pattern.after(), ideas, ideas <= NARROW_TERM, oneCheckPerWord());
    }

    private static boolean typoTolerant(QueryWord word) {
        return word.typoEdits() > 0 && word.typed().chars().allMatch(Character::isLetter);
    }

    /**
     * Stored terms the word could be a typo of, the closest first: those beginning with its first two
     * letters, as most typos keep them, or else those beginning with its first letter.
     */
    List<String> typos(QueryWord word) {
        var near = near(word, word.typed().substring(0, 2));
        return near.isEmpty() ? near(word, word.typed().substring(0, 1)) : near;
    }

    /**
     * Stored terms with the prefix near the word. The distinct terms are read by skipping from one to the
     * next along the primary key (term, idea_id), one index seek each, so a term many ideas have costs no
     * more than a rare one; at most {@link #MAX_VOCABULARY} of them.
     */
    private List<String> near(QueryWord word, String prefix) {
        var to = SearchPattern.after(prefix);
        var bound = to == null ? "t.term LIKE :like" : "t.term < :to";
        var params = new MapSqlParameterSource("from", prefix).addValue("to", to).addValue("like", prefix + "%")
                .addValue("most", MAX_VOCABULARY);
        var vocabulary = jdbc.queryForList("WITH RECURSIVE vocabulary (term, n) AS ("
                + " SELECT (SELECT t.term FROM idea_term t WHERE t.term >= :from AND " + bound
                + " ORDER BY t.term LIMIT 1), 1"
                + " UNION ALL SELECT (SELECT t.term FROM idea_term t WHERE t.term > v.term AND " + bound
                + " ORDER BY t.term LIMIT 1), v.n + 1 FROM vocabulary v WHERE v.term IS NOT NULL AND v.n < :most)"
                + " SELECT term FROM vocabulary WHERE term IS NOT NULL", params, String.class);
        return vocabulary.stream().filter(word::near)
                .sorted(Comparator.comparingInt((String term) -> word.distanceTo(term)).thenComparing(term -> term))
                .limit(MAX_TYPOS).toList();
    }

    /**
     * The words of a title that tell its subject, for ideas like it: those of four letters or more, at
     * most eight.
     */
    public List<QueryWord> titleWords(String title) {
        return forms.query(title).words().stream().filter(w -> w.typed().length() >= 4).limit(8).toList();
    }
}
