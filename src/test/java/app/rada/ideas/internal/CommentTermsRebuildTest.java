package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaSearchService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.WordForms;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CommentTermsRebuildTest extends KaribuTest {

    @Autowired
    CommentTermsRebuild rebuild;

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    IdeaSearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void comments_without_terms_of_the_current_analysis_get_them_once_and_the_version_is_recorded() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        long idea = ideas.submit(new IdeaDraft("Kurier dzwoni za późno zqcomments1", "Bez uprzedzenia.", null,
                List.of(), Visibility.MEMBERS, null), List.of());
        long comment = discussion.comment(idea, null, "Lodówki czekały pod drzwiami zqcomments1");
        // as a comment written before comments were searched
        jdbc.update("delete from idea_comment_term where comment_id = ?", comment);
        jdbc.update("update search_index set analysis_version = 0 where name = 'idea-comments'");
        assertThat(found("lodówka zqcomments1")).isEmpty();

        long all = jdbc.queryForObject("select count(*) from idea_comment", Long.class);
        assertThat(rebuild.rebuildIfOutdated()).isEqualTo(all);

        assertThat(jdbc.queryForObject("select analysis_version from search_index where name = 'idea-comments'",
                Integer.class)).isEqualTo(WordForms.VERSION);
        assertThat(found("lodówka zqcomments1")).containsExactly(comment);
        assertThat(rebuild.rebuildIfOutdated()).isZero();
    }

    private List<Long> found(String text) {
        return search.comments(text, 0, 20).stream().map(SearchHit::id).toList();
    }
}
