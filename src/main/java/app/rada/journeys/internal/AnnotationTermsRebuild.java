package app.rada.journeys.internal;

import app.rada.shared.search.TermsRebuild;
import app.rada.shared.search.WordForms;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the search terms of every journey annotation again when another version of the word analysis made
 * them (or none did, as for the annotations written before they were searched); see {@link TermsRebuild}.
 */
@Component
class AnnotationTermsRebuild {

    private static final Logger log = LoggerFactory.getLogger(AnnotationTermsRebuild.class);
    static final String INDEX = "journey-annotations";

    private final NamedParameterJdbcTemplate jdbc;
    private final AnnotationSearchStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnnotationTermsRebuild(NamedParameterJdbcTemplate jdbc, AnnotationSearchStore store, PlatformTransactionManager transactions,
                        Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rada.search.first-check:PT20S}", fixedDelayString = "${rada.search.check:PT10M}")
    @SchedulerLock(name = "search-terms-rebuild-journey-annotations", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10S")
    void check() {
        try {
            int rebuilt = rebuildIfOutdated();
            if (rebuilt > 0) {
                log.info("Search: the terms of {} annotations are of word analysis version {}", rebuilt, WordForms.VERSION);
            }
        } catch (RuntimeException e) {
            log.error("Search: the terms of annotations could not be made again; the next check tries again", e);
        }
    }

    int rebuildIfOutdated() {
        return TermsRebuild.ifOutdated(jdbc, transaction, clock, INDEX,
                after -> store.rebuild(after, TermsRebuild.BATCH));
    }
}
