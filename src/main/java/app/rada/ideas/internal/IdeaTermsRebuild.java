package app.rada.ideas.internal;

import app.rada.shared.search.WordForms;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the search terms of every idea again when they were made by another version of the word
 * analysis than the portal's ({@link WordForms#VERSION}), as after an upgrade. Soon after start-up, and
 * again every few minutes, one node at a time checks the version recorded in {@code search_index};
 * when it differs, that node rebuilds the terms in batches of ideas, each batch in a transaction of its
 * own under the ideas' row locks (so an edit at the same moment is never overwritten by older text),
 * and records the version at the end. Until then, search finds ideas by their words as before: those
 * terms are still among the new ones. A node stopped halfway leaves the version as it was; the next
 * check starts over.
 */
@Component
class IdeaTermsRebuild {

    private static final Logger log = LoggerFactory.getLogger(IdeaTermsRebuild.class);
    static final String INDEX = "ideas";
    static final int BATCH = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final IdeaSearch search;
    private final IdeaStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IdeaTermsRebuild(NamedParameterJdbcTemplate jdbc, IdeaSearch search, IdeaStore store,
                     PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rada.search.first-check:PT20S}", fixedDelayString = "${rada.search.check:PT10M}")
    @SchedulerLock(name = "search-terms-rebuild", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10S")
    void check() {
        try {
            rebuildIfOutdated();
        } catch (RuntimeException e) {
            log.error("Search: the terms of ideas could not be made again; the next check tries again", e);
        }
    }

    /** Returns how many ideas got new terms: none when the stored terms are of the current version. */
    int rebuildIfOutdated() {
        var stored = jdbc.queryForList("SELECT analysis_version FROM search_index WHERE name = :name",
                new MapSqlParameterSource("name", INDEX), Integer.class);
        if (!stored.isEmpty() && stored.getFirst() == WordForms.VERSION) {
            return 0;
        }
        log.info("Search: making the terms of ideas again for word analysis version {} (they are of version {})",
                WordForms.VERSION, stored.isEmpty() ? "none" : stored.getFirst());
        int rebuilt = 0;
        long after = 0;
        while (true) {
            long from = after;
            var ids = transaction.execute(status -> rebuildBatch(from));
            if (ids == null || ids.isEmpty()) {
                break;
            }
            rebuilt += ids.size();
            after = ids.getLast();
        }
        var params = new MapSqlParameterSource("name", INDEX).addValue("version", WordForms.VERSION)
                .addValue("at", Timestamp.from(clock.instant()));
        if (jdbc.update("UPDATE search_index SET analysis_version = :version, updated_at = :at WHERE name = :name",
                params) == 0) {
            jdbc.update("INSERT INTO search_index (name, analysis_version, updated_at) VALUES (:name, :version, :at)",
                    params);
        }
        log.info("Search: the terms of {} ideas are of word analysis version {}", rebuilt, WordForms.VERSION);
        return rebuilt;
    }

    private record Text(long id, String title, String description) {
    }

    /** The next batch of ideas after an id, locked, with their terms made again; their ids in order. */
    private List<Long> rebuildBatch(long after) {
        var texts = jdbc.query("SELECT id, title, description FROM idea WHERE id > :after ORDER BY id LIMIT :batch "
                        + "FOR UPDATE", new MapSqlParameterSource("after", after).addValue("batch", BATCH),
                (rs, n) -> new Text(rs.getLong("id"), rs.getString("title"), rs.getString("description")));
        for (var text : texts) {
            store.replaceTerms(text.id(), search.terms(text.title(), text.description()));
        }
        return texts.stream().map(Text::id).toList();
    }
}
