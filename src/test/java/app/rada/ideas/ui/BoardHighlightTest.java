package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board's cards mark the words a search matched, in the title and the excerpt, as text. */
class BoardHighlightTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Test
    void a_search_marks_the_matching_word_forms_and_keeps_the_rest_escaped() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = ideas.submit(new IdeaDraft("Dostawa lodówki <b>na</b> czas " + mark,
                "Lodówkę przywieźli późno & bez telefonu.", null, List.of(), Visibility.MEMBERS, null), List.of());

        UI.getCurrent().navigate("ideas", QueryParameters.fromString("sort=newest"));
        var board = _get(BoardView.class);
        assertThat(card(board, id).html()).doesNotContain("<mark>");

        board.search.setValue("lodówka " + mark);
        var html = card(board, id).html();
        assertThat(html).contains("Dostawa <mark>lodówki</mark> &lt;b&gt;na&lt;/b&gt; czas <mark>" + mark + "</mark>")
                .contains("<mark>Lodówkę</mark> przywieźli późno &amp; bez telefonu.")
                .doesNotContain("<b>na");

        // the word being typed is marked where it begins a word; a typo where the word itself is absent
        board.search.setValue(mark + " telef");
        assertThat(card(board, id).html()).contains("<mark>telefonu</mark>").doesNotContain("<mark>Lodówkę</mark>");
        board.search.setValue("dostwa " + mark);
        assertThat(card(board, id).html()).contains("<mark>Dostawa</mark>");
    }

    private static IdeaCardView card(BoardView board, long id) {
        return _find(board.list, IdeaCardView.class).stream().filter(c -> c.ideaId() == id).findFirst().orElseThrow();
    }
}
