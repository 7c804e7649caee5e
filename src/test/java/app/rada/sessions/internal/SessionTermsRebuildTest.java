package app.rada.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.SessionSearchService;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionTermsRebuildTest extends KaribuTest {

    @Autowired
    SessionTermsRebuild rebuild;

    @Autowired
    SessionSearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sessions_without_terms_of_the_current_analysis_get_them_once_and_the_version_is_recorded() {
        loginAs("customer");
        var before = found("workshop door");
        assertThat(before).isNotEmpty();
        jdbc.update("delete from design_session_term");
        jdbc.update("update search_index set analysis_version = 0 where name = 'design-sessions'");
        assertThat(found("workshop door")).isEmpty();

        long all = jdbc.queryForObject("select count(*) from design_session", Long.class);
        assertThat(rebuild.rebuildIfOutdated()).isEqualTo(all);
        assertThat(jdbc.queryForObject("select analysis_version from search_index where name = 'design-sessions'",
                Integer.class)).isEqualTo(WordForms.VERSION);
        assertThat(found("workshop door")).containsExactlyElementsOf(before);
        assertThat(rebuild.rebuildIfOutdated()).isZero();
    }

    private List<Long> found(String text) {
        return search.sessions(text, 0, 50).stream().map(SearchHit::id).toList();
    }
}
