package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.search.QueryWord;
import app.rada.support.KaribuTest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Words used by more ideas than the limit are left out of the search for similar ideas. */
class CommonTermsTest extends KaribuTest {

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_word_more_ideas_use_than_the_limit_is_left_out_and_a_rare_one_kept() {
        var widest = jdbc.queryForMap("select term, count(*) as n from idea_term group by term order by count(*) desc, term "
                + "limit 1");
        var rarest = jdbc.queryForObject("select term from idea_term group by term having count(*) = 1 order by term "
                + "limit 1", String.class);
        var common = (String) widest.get("term");
        int used = ((Number) widest.get("n")).intValue();
        assertThat(used).as("the demo has a word in several ideas").isGreaterThan(2);

        var terms = new CommonTerms(named, Clock.systemUTC(), used - 1);
        assertThat(terms.common(common)).isTrue();
        assertThat(terms.common(rarest)).isFalse();
        var title = List.of(new QueryWord(common, Set.of(common)), new QueryWord(rarest, Set.of(rarest)));
        assertThat(terms.telling(title)).extracting(QueryWord::typed).containsExactly(rarest);

        // at the limit itself a word still counts
        assertThat(new CommonTerms(named, Clock.systemUTC(), used).common(common)).isFalse();
    }
}
