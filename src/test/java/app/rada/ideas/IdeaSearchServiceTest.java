package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.Segment;
import app.rada.support.KaribuTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal-wide search finds ideas and their comments by word forms, and only those the person may read. */
class IdeaSearchServiceTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    IdeaSearchService search;

    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long submit(String title, String description, Visibility visibility) {
        return ideas.submit(new IdeaDraft(title, description, null, List.of(), visibility, null), List.of());
    }

    private List<Long> ideaIds(String text) {
        return search.ideas(text, 0, 20).stream().map(SearchHit::id).toList();
    }

    private List<Long> commentIds(String text) {
        return search.comments(text, 0, 20).stream().map(SearchHit::id).toList();
    }

    private static List<String> marked(List<Segment> segments) {
        return segments.stream().filter(Segment::matched).map(Segment::text).toList();
    }

    @Test
    void polish_words_find_ideas_and_comments_written_with_other_inflections() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = mark();
        long idea = submit("Dostawa lodówki w dwa dni " + mark, "Zamówiłem lodówkę i czekałem tydzień.", Visibility.MEMBERS);
        long comment = discussion.comment(idea, null, "U mnie też dostawy lodówek trwały długo " + mark);

        assertThat(ideaIds("lodówka " + mark)).containsExactly(idea);
        assertThat(ideaIds("dostawy " + mark)).containsExactly(idea);
        assertThat(commentIds("lodówka " + mark)).containsExactly(comment);
        assertThat(commentIds("dostawa " + mark)).containsExactly(comment);
        assertThat(commentIds("pralka " + mark)).isEmpty();

        var hit = search.comments("lodówka " + mark, 0, 5).getFirst();
        assertThat(hit.titleText()).isEqualTo("Dostawa lodówki w dwa dni " + mark);
        assertThat(marked(hit.title())).contains("lodówki");
        assertThat(marked(hit.snippet())).contains("lodówek");
        assertThat(hit.target()).isEqualTo("ideas/" + idea);
    }

    @Test
    void english_words_find_comments_written_with_other_forms() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var mark = mark();
        long idea = submit("Faster delivery on weekends " + mark, "Parcels wait over the weekend.", Visibility.MEMBERS);
        long comment = discussion.comment(idea, null, "Two deliveries of mine waited since Friday " + mark);
        assertThat(ideaIds("deliveries " + mark)).containsExactly(idea);
        assertThat(commentIds("delivery " + mark)).containsExactly(comment);
        assertThat(marked(search.comments("delivery " + mark, 0, 5).getFirst().snippet())).containsExactly("deliveries", mark);
    }

    @Test
    void members_do_not_find_hidden_or_deleted_comments_nor_staff_only_ideas_of_others() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var mark = mark();
        long idea = submit("Refunds for returned fridges " + mark, "Money back sooner.", Visibility.MEMBERS);
        long hidden = discussion.comment(idea, null, "Rude words about refunds " + mark);
        long deleted = discussion.comment(idea, null, "Refunds took me a month " + mark);
        discussion.delete(deleted);
        long secret = submit("Refunds for our own contract " + mark, "Only staff should read this.", Visibility.STAFF);
        long onSecret = discussion.comment(secret, null, "More about refunds " + mark);
        assertThat(ideaIds("refund " + mark)).containsExactlyInAnyOrder(idea, secret);

        loginAs("staff");
        discussion.hide(hidden, "Not kind to others");
        assertThat(commentIds("refund " + mark)).contains(hidden).doesNotContain(deleted);

        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThat(ideaIds("refund " + mark)).containsExactly(idea);
        assertThat(commentIds("refund " + mark)).isEmpty();
        assertThat(author.personId()).isPositive();
        assertThat(onSecret).isPositive();
    }
}
