package app.rada.ideas.internal;

import app.rada.shared.search.QueryWord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which words of a title are too common to say what it is about. A word that more than a few thousand
 * ideas use ("app", "faktura" in a programme about an app and its invoices) matches a large part of a big
 * programme; finding similar ideas through it would read hundreds of thousands of index rows for a weak
 * sign. Each term is counted up to the limit only (an index range of at most that many rows) and the
 * answer is kept on this node for an hour, since how common a word is changes slowly.
 */
@Component
class CommonTerms {

    static final Duration KEPT = Duration.ofHours(1);
    private static final int MOST_KEPT = 20_000;

    private record Count(boolean common, Instant until) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int limit;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    CommonTerms(NamedParameterJdbcTemplate jdbc, Clock clock,
                @Value("${rada.ideas.similar.common-word-ideas:2000}") int limit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
    }

    /** The words none of whose forms more than the limit of ideas use, in their order. */
    List<QueryWord> telling(List<QueryWord> words) {
        var kept = new ArrayList<QueryWord>(words.size());
        for (var word : words) {
            if (word.terms().stream().noneMatch(this::common)) {
                kept.add(word);
            }
        }
        return kept;
    }

    boolean common(String term) {
        var now = clock.instant();
        var known = counts.get(term);
        if (known != null && known.until().isAfter(now)) {
            return known.common();
        }
        var used = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM idea_term WHERE term = :term LIMIT :most) t",
                new MapSqlParameterSource("term", term).addValue("most", limit + 1), Long.class);
        boolean common = used != null && used > limit;
        if (counts.size() >= MOST_KEPT) {
            counts.clear();
        }
        counts.put(term, new Count(common, now.plus(KEPT)));
        return common;
    }
}
