package app.rada.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneySearchService;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnnotationTermsRebuildTest extends KaribuTest {

    @Autowired
    AnnotationTermsRebuild rebuild;

    @Autowired
    JourneySearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void annotations_without_terms_of_the_current_analysis_get_them_once_and_the_version_is_recorded() {
        loginAs("customer");
        var before = found("invoices post");
        assertThat(before).isNotEmpty();
        jdbc.update("delete from journey_annotation_term");
        jdbc.update("update search_index set analysis_version = 0 where name = 'journey-annotations'");
        assertThat(found("invoices post")).isEmpty();

        long all = jdbc.queryForObject("select count(*) from journey_annotation", Long.class);
        assertThat(rebuild.rebuildIfOutdated()).isEqualTo(all);
        assertThat(jdbc.queryForObject("select analysis_version from search_index where name = 'journey-annotations'",
                Integer.class)).isEqualTo(WordForms.VERSION);
        assertThat(found("invoices post")).containsExactlyElementsOf(before);
        assertThat(rebuild.rebuildIfOutdated()).isZero();
    }

    private List<Long> found(String text) {
        return search.annotations(text, 0, 50).stream().map(SearchHit::id).toList();
    }
}
