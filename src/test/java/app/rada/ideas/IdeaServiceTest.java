package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.PrivacyService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import app.rada.support.TestImages;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class IdeaServiceTest extends KaribuTest {

    /** A real image: what is stored is decoded and encoded again. */
    static final byte[] PNG = TestImages.png();

    @Autowired
    IdeaService ideas;

    @Autowired
    IdeaImageService images;

    @Autowired
    JdbcTemplate jdbc;

    private long submit(String title, Visibility visibility) {
        return ideas.submit(new IdeaDraft(title, "Some **bold** text about " + title, null, List.of("Mobile App"),
                visibility, null), List.of());
    }

    @Test
    void a_submitted_idea_appears_on_the_board_and_is_found_by_a_word_without_diacritics() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        long id = submit("Szybszy zwrot pieniędzy za bilety", Visibility.MEMBERS);
        var found = ideas.board(BoardFilter.all().withText("pieniedzy zwrot"), BoardSort.NEWEST, 0, 10);
        assertThat(found).extracting(IdeaCard::id).containsExactly(id);
        assertThat(found.getFirst().excerpt()).contains("Some bold text").doesNotContain("**");
        assertThat(ideas.board(new BoardFilter(Set.of(), null, "mobile-app", true, false, false, null),
                BoardSort.TRENDING, 0, 10)).extracting(IdeaCard::id).containsExactly(id);
        assertThat(ideas.board(BoardFilter.all().withText("nonexistentword"), BoardSort.TOP, 0, 10)).isEmpty();
    }

    @Test
    void a_vote_is_counted_once_weighted_by_segment_and_taken_back_by_a_second_toggle() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = submit("Weighted vote check idea", Visibility.MEMBERS);
        double before = jdbc.queryForObject("select trending_score from idea where id = ?", Double.class, id);
        loginAs("board");
        var first = ideas.toggleVote(id);
        assertThat(first.voted()).isTrue();
        assertThat(first.voteCount()).isEqualTo(1);
        assertThat(first.weightedVotes()).isGreaterThanOrEqualTo(1);
        var second = ideas.toggleVote(id);
        assertThat(second.voted()).isFalse();
        assertThat(second.voteCount()).isZero();
        assertThat(second.weightedVotes()).isZero();
        assertThat(jdbc.queryForObject("select trending_score from idea where id = ?", Double.class, id))
                .isCloseTo(before, Percentage.withPercentage(0.0001));
    }

    @Test
    void a_staff_only_idea_is_refused_to_other_customers_but_shown_to_its_author_and_staff() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = submit("Sensitive billing complaint", Visibility.STAFF);
        assertThat(ideas.page(id).mine()).isTrue();
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> ideas.page(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.toggleVote(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(ideas.board(BoardFilter.all(), BoardSort.NEWEST, 0, 50)).extracting(IdeaCard::id).doesNotContain(id);
        loginAs("staff");
        assertThat(ideas.page(id).authorId()).isEqualTo(author.personId());
    }

    @Test
    void a_customer_cannot_edit_another_members_idea() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = submit("Only mine to edit", Visibility.MEMBERS);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> ideas.edit(id, new IdeaDraft("Changed by someone else", "x", null, List.of(),
                Visibility.MEMBERS, null))).isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        assertThat(ideas.page(id).title()).isEqualTo("Only mine to edit");
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_saved() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long before = jdbc.queryForObject("select count(*) from idea", Long.class);
        assertThatThrownBy(() -> submit("Hi", Visibility.MEMBERS)).isInstanceOf(Problem.class)
                .hasMessage("ideas.submit.title-short");
        assertThatThrownBy(() -> ideas.submit(new IdeaDraft("A proper title here", "text", null, List.of(),
                Visibility.MEMBERS, null), List.of(new ImageUpload("photo.png", "<svg onload=alert(1)>".getBytes()))))
                .isInstanceOf(Problem.class).hasMessage("ideas.submit.image-type");
        assertThat(jdbc.queryForObject("select count(*) from idea", Long.class)).isEqualTo(before);
        long id = ideas.submit(new IdeaDraft("A proper title here", "text", null, List.of(), Visibility.MEMBERS, null),
                List.of(new ImageUpload("renamed.jpg", PNG)));
        var imageId = ideas.page(id).imageIds().getFirst();
        assertThat(images.image(imageId).contentType()).isEqualTo("image/png");
    }

    @Test
    void images_are_stored_without_their_exif_gps_or_text_metadata() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var jpeg = TestImages.jpegWithGps();
        var png = TestImages.pngWithMetadata();
        var webp = TestImages.webpWithMetadata();
        assertThat(TestImages.contains(jpeg, "Exif")).isTrue();
        long id = ideas.submit(new IdeaDraft("Photos from the branch office", "See the pictures", null, List.of(),
                Visibility.MEMBERS, null), List.of(new ImageUpload("IMG_1.jpg", jpeg),
                new ImageUpload("screen.png", png), new ImageUpload("sticker.webp", webp)));
        // read as someone with the database would
        var stored = jdbc.queryForList("select content from idea_image where idea_id = ? order by sort_order",
                byte[].class, id);
        assertThat(stored).hasSize(3);
        assertThat(TestImages.contains(stored.get(0), "Exif")).isFalse();
        assertThat(TestImages.contains(stored.get(1), "eXIf")).isFalse();
        assertThat(TestImages.contains(stored.get(1), "Warsaw")).isFalse();
        assertThat(TestImages.contains(stored.get(2), "EXIF")).isFalse();
        assertThat(TestImages.contains(stored.get(2), "XMP ")).isFalse();
        assertThat(jdbc.queryForList("select size_bytes from idea_image where idea_id = ? order by sort_order",
                Integer.class, id)).containsExactly(stored.get(0).length, stored.get(1).length, stored.get(2).length);
    }

    @Test
    void a_member_who_submits_too_often_is_asked_to_wait() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        for (int i = 0; i < 5; i++) {
            submit("Flood check idea number " + i, Visibility.MEMBERS);
        }
        assertThatThrownBy(() -> submit("One idea too many", Visibility.MEMBERS)).isInstanceOf(Problem.class)
                .hasMessage("ideas.submit.flood");
    }

    @Test
    void markdown_is_rendered_without_scripts() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = ideas.submit(new IdeaDraft("Script injection attempt", "Hello <script>alert(1)</script> "
                + "[x](javascript:alert(1)) <img src=x onerror=alert(1)>", null, List.of(), Visibility.MEMBERS, null),
                List.of());
        var html = ideas.page(id).descriptionHtml();
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("onerror=")
                .doesNotContain("<img");
    }

    @Autowired
    PrivacyService privacy;

    @Test
    void an_erased_members_idea_and_vote_stay_under_former_member_and_their_follows_go() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var author = loginAsEmail(email);
        long id = submit("An idea that outlives its author", Visibility.MEMBERS);
        loginAs("board");
        ideas.toggleVote(id);
        login(author);
        assertThat(jdbc.queryForObject("select count(*) from idea_follower where person_id = ?", Long.class,
                author.personId())).isEqualTo(1);
        privacy.erase(author.personId(), email);
        loginAs("staff");
        var page = ideas.page(id);
        assertThat(page.authorName()).isEmpty();
        assertThat(page.voteCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from idea_follower where person_id = ?", Long.class,
                author.personId())).isZero();
    }
}
