package app.rada.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotSearchService;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BallotTermsRebuildTest extends KaribuTest {

    @Autowired
    BallotTermsRebuild rebuild;

    @Autowired
    BallotSearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ballots_without_terms_of_the_current_analysis_get_them_once_and_the_version_is_recorded() {
        loginAs("board");
        var before = found("confirm window");
        assertThat(before).isNotEmpty();
        jdbc.update("delete from ballot_term");
        jdbc.update("update search_index set analysis_version = 0 where name = 'ballots'");
        assertThat(found("confirm window")).isEmpty();

        long all = jdbc.queryForObject("select count(*) from ballot", Long.class);
        assertThat(rebuild.rebuildIfOutdated()).isEqualTo(all);
        assertThat(jdbc.queryForObject("select analysis_version from search_index where name = 'ballots'",
                Integer.class)).isEqualTo(WordForms.VERSION);
        assertThat(found("confirm window")).containsExactlyElementsOf(before);
        assertThat(rebuild.rebuildIfOutdated()).isZero();
    }

    private List<Long> found(String text) {
        return search.ballots(text, 0, 50).stream().map(SearchHit::id).toList();
    }
}
