package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mentions are part of the parsed comment, so what a member types cannot turn into markup or into someone's mention. */
class MentionsTest {

    private static final String FORMER = "Former member";

    @Test
    void a_mention_of_a_real_member_is_highlighted_and_markdown_around_it_still_works() {
        var html = Mentions.toHtml("**Thanks** @[Ala Nowak](person:7), see *this*", id -> id == 7, FORMER);
        assertThat(html).isEqualTo("<p><strong>Thanks</strong> <span class=\"mention\">&#64;Ala Nowak</span>, "
                + "see <em>this</em></p>\n");
    }

    @Test
    void a_name_carrying_markup_is_shown_as_text_and_never_becomes_markup() {
        var html = Mentions.toHtml("Hi @[<script>alert(1)</script><img src=x onerror=alert(2)>](person:7)",
                id -> true, FORMER);
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(2)>")
                .contains("<span class=\"mention\">&#64;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void a_placeholder_typed_by_hand_stays_text_and_steals_no_other_mention() {
        var html = Mentions.toHtml("RADAMENTION0X and RADAMENTION1X then @[Ala Nowak](person:7) and @[Ola](person:8)",
                id -> id == 7, FORMER);
        assertThat(html).startsWith("<p>RADAMENTION0X and RADAMENTION1X then ")
                .contains("<span class=\"mention\">&#64;Ala Nowak</span>")
                .contains("and &#64;Ola</p>")
                .containsOnlyOnce("Ala Nowak");
    }

    @Test
    void a_member_cannot_forge_the_highlight_with_raw_html_or_a_mention_inside_code() {
        var html = Mentions.toHtml("<span class=\"mention\">@Boss</span> `@[Ala](person:7)`", id -> true, FORMER);
        assertThat(html).doesNotContain("<span class=\"mention\">&#64;Boss").contains("<code>&#64;[Ala](person:7)</code>");
    }

    @Test
    void a_link_cannot_hide_a_mention_target_and_unknown_people_are_plain_text() {
        var html = Mentions.toHtml("[@[Ala](person:7)](javascript:alert(1)) @[Ghost](person:99)", id -> id == 7, FORMER);
        assertThat(html).doesNotContain("javascript").contains("&#64;Ghost").doesNotContain("class=\"mention\">&#64;Ghost");
    }

    @Test
    void an_at_sign_that_starts_no_mention_leaves_addresses_and_links_as_before() {
        var html = Mentions.toHtml("Write to ala@example.com or see https://example.com/@team", id -> true, FORMER);
        assertThat(html).contains("<a href=\"mailto:ala&#64;example.com\"", "<a href=\"https://example.com/&#64;team\"");
    }

    @Test
    void an_erased_mention_shows_the_former_member_label_and_no_id() {
        var text = Mentions.forget("Thanks @[Zenon Z](person:12) and @[Ala](person:123)", 12);
        assertThat(text).doesNotContain("Zenon", "person:12)").contains("@[Ala](person:123)");
        assertThat(Mentions.ids(text)).containsExactly(123L);
        assertThat(Mentions.toHtml(text, id -> true, FORMER)).contains("&#64;Former member")
                .doesNotContain("<span class=\"mention\">&#64;Former");
    }
}
