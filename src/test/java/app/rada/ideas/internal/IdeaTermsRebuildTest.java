package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class IdeaTermsRebuildTest extends KaribuTest {

    @Autowired
    IdeaTermsRebuild rebuild;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void terms_made_by_an_older_analysis_are_made_again_once_and_the_version_is_recorded() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        long id = ideas.submit(new IdeaDraft("Opieka nad psami zqrebuild1", "Zamówione deliveries", null, List.of(),
                Visibility.MEMBERS, null), List.of());
        // as an installation before word forms left it: the words, folded only, and an older version
        jdbc.update("delete from idea_term where idea_id = ?", id);
        for (var word : List.of("opieka", "nad", "psami", "zqrebuild1", "zamowione", "deliveries")) {
            jdbc.update("insert into idea_term (term, idea_id) values (?, ?)", word, id);
        }
        jdbc.update("update search_index set analysis_version = 1 where name = 'ideas'");
        // too far from any stored word to be taken for a typo
        assertThat(board("pies zqrebuild1")).isEmpty();

        long all = jdbc.queryForObject("select count(*) from idea", Long.class);
        assertThat(rebuild.rebuildIfOutdated()).isEqualTo(all);

        assertThat(jdbc.queryForObject("select analysis_version from search_index where name = 'ideas'", Integer.class))
                .isEqualTo(WordForms.VERSION);
        assertThat(board("pies zqrebuild1")).containsExactly(id);
        assertThat(board("delivery zqrebuild1")).containsExactly(id);
        assertThat(jdbc.queryForList("select term from idea_term where idea_id = ?", String.class, id))
                .contains("psami", "pies", "deliveries", "deliveri");
        // the version is current now: nothing to do
        assertThat(rebuild.rebuildIfOutdated()).isZero();
    }

    private List<Long> board(String text) {
        return ideas.board(BoardFilter.all().withText(text), BoardSort.NEWEST, 0, 20).stream().map(IdeaCard::id).toList();
    }
}
