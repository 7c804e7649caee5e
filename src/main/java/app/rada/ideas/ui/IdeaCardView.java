package app.rada.ideas.ui;

import static app.rada.shared.ui.Markup.escape;
import static app.rada.shared.ui.Markup.span;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.search.SearchQuery;
import app.rada.shared.search.WordForms;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One idea on the board. The card is a single element whose content is written as escaped HTML, so
 * an open board holds one small node per card on the server instead of a dozen components; the vote
 * button is a native button that the board handles through one listener for all cards. While the
 * board is searched, the words of the title and excerpt that match are marked.
 */
class IdeaCardView extends Div {

    private final IdeaCard card;
    private final String category;
    private final Instant now;
    private final @Nullable Searched searched;
    private boolean voted;
    private int votes;

    /**
     * @param searched the board's search, whose matching words the title and excerpt mark; null without one
     */
    IdeaCardView(IdeaCard card, Map<Long, CategoryOption> categories, Language language, Instant now,
                 @Nullable Searched searched) {
        this.card = card;
        this.searched = searched;
        this.now = now;
        this.voted = card.votedByMe();
        this.votes = card.voteCount();
        var option = card.categoryId() == null ? null : categories.get(card.categoryId());
        this.category = option == null ? "" : option.name(language);
        addClassName("idea-card");
        getElement().setAttribute("data-idea", String.valueOf(card.id()));
        getElement().setAttribute("role", "listitem");
        render();
    }

    long ideaId() {
        return card.id();
    }

    boolean voted() {
        return voted;
    }

    void showVotes(int count) {
        this.votes = count;
        render();
    }

    void showVote(boolean nowVoted, int count) {
        this.voted = nowVoted;
        this.votes = count;
        render();
    }

    /** The card's content as the browser gets it; every text from the idea is escaped. */
    String html() {
        var html = new StringBuilder(900);
        var action = getTranslation(voted ? "ideas.vote.remove" : "ideas.vote.give");
        html.append("<div class=\"idea-vote-box\"><button type=\"button\" class=\"vote-button")
                .append(voted ? " voted" : "").append("\" data-vote=\"").append(card.id())
                .append("\" aria-pressed=\"").append(voted).append("\" aria-label=\"")
                .append(escape(action + ": " + card.title())).append("\" title=\"").append(escape(action))
                .append("\"><span aria-hidden=\"true\">&#9650;</span></button><span class=\"idea-votes\">")
                .append(escape(getTranslation("ideas.card.votes", votes))).append("</span></div>");
        html.append("<div class=\"idea-card-body\"><h3><a class=\"idea-title-link\" href=\"")
                .append(IdeaNavigation.idea(card.id())).append("\">");
        marked(html, card.title());
        html.append("</a></h3><p class=\"idea-excerpt\">");
        marked(html, card.excerpt());
        html.append("</p>");
        html.append("<div class=\"idea-meta\"><span class=\"idea-status idea-status-")
                .append(card.status().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                .append(escape(getTranslation(card.status().labelKey()))).append("</span>");
        if (!category.isEmpty()) {
            chip(html, category, "idea-category");
        }
        if (card.visibility() == Visibility.STAFF) {
            chip(html, getTranslation("ideas.visibility.staff"), "idea-private");
        }
        span(html, getTranslation("ideas.card.comments", card.commentCount()), "idea-comments");
        span(html, card.authorName().orElse(getTranslation("people.former-member")), "idea-author");
        span(html, Formats.age(card.createdAt(), now, getLocale()), "idea-age");
        if (card.touchpointId() != null) {
            chip(html, getTranslation("ideas.card.touchpoint"), "idea-touchpoint");
        }
        html.append("</div></div>");
        return html.toString();
    }

    private void render() {
        getElement().setProperty("innerHTML", html());
    }

    /** A search as the cards mark it: the query and the forms that tell which words match. */
    record Searched(SearchQuery query, WordForms forms) {
    }

    /** The text escaped, the words the search matched inside {@code <mark>}. */
    private void marked(StringBuilder html, String text) {
        if (searched == null) {
            html.append(escape(text));
            return;
        }
        for (var segment : searched.forms().highlight(text, searched.query())) {
            if (segment.matched()) {
                html.append("<mark>").append(escape(segment.text())).append("</mark>");
            } else {
                html.append(escape(segment.text()));
            }
        }
    }

    private static void chip(StringBuilder html, String text, String className) {
        span(html, text, "idea-chip " + className);
    }
}
