package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchPatternTest {

    @Test
    void the_bound_after_a_prefix_is_the_next_word_in_order_and_stays_a_letter_or_digit() {
        assertThat(IdeaSearch.SearchPattern.after("zwrot")).isEqualTo("zwrou");
        assertThat(IdeaSearch.SearchPattern.after("abz")).isEqualTo("ac");
        assertThat(IdeaSearch.SearchPattern.after("a19")).isEqualTo("a2");
        assertThat(IdeaSearch.SearchPattern.after("zz")).isNull();
        for (var word : new String[] {"zwrot", "zwrotu", "abzzz", "a199"}) {
            var prefix = word.substring(0, 3);
            var after = IdeaSearch.SearchPattern.after(prefix);
            assertThat(word.compareTo(prefix)).isGreaterThanOrEqualTo(0);
            assertThat(word.compareTo(after)).as(word + " before " + after).isNegative();
        }
    }
}
