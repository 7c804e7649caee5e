package app.rada.journeys.ui;

import static app.rada.shared.ui.Markup.escape;
import static app.rada.shared.ui.Markup.span;

import app.rada.journeys.AnnotationItem;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One annotation in the list, with "me too" for others' and editing for one's own. What it says is written as
 * escaped markup in one element; only the buttons are components, so a page of cards stays a small tree.
 */
class AnnotationCard extends Article {

    /** What the card's buttons ask the view to do. */
    interface Actions {
        void meToo(AnnotationCard card);

        void edit(AnnotationItem item);

        void delete(AnnotationItem item);

        void toIdea(AnnotationItem item);
    }

    final AnnotationItem item;
    final Button meToo = new Button();
    final Span reactions = new Span();
    final Button edit = new Button();
    final Button delete = new Button();
    final Button toIdea = new Button();
    private final Div content = new Div();

    AnnotationCard(AnnotationItem item, String touchpointName, boolean staff, Actions actions) {
        this.item = item;
        addClassNames("annotation-card", item.emotion().positive() ? "annotation-positive" : "annotation-negative");
        getElement().setAttribute("data-annotation", String.valueOf(item.id()));
        // what the card says is one element of escaped markup; only its buttons are components
        content.addClassName("annotation-content");
        content.getElement().setProperty("innerHTML", contentHtml(item, touchpointName));
        add(content);

        var buttons = new Div();
        buttons.addClassName("annotation-actions");
        showReactions(item.reactions(), item.reactedByMe());
        reactions.addClassName("annotation-reactions");
        if (!item.mine()) {
            meToo.setText(getTranslation("journeys.annotations.me-too"));
            meToo.addThemeVariants(ButtonVariant.SMALL);
            meToo.addClassName("me-too");
            meToo.addClickListener(e -> actions.meToo(this));
            buttons.add(meToo);
        }
        buttons.add(reactions);
        if (item.mine()) {
            edit.setText(getTranslation("journeys.annotations.edit"));
            edit.addThemeVariants(ButtonVariant.SMALL);
            edit.addClickListener(e -> actions.edit(item));
            buttons.add(edit);
        }
        if (item.mine() || staff) {
            delete.setText(getTranslation("journeys.annotations.delete"));
            delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            delete.addClickListener(e -> actions.delete(item));
            buttons.add(delete);
        }
        if (item.ideaId() != null) {
            var link = new Anchor(IdeaLinks.idea(item.ideaId()), getTranslation("journeys.annotations.idea-link"));
            link.addClassName("annotation-idea");
            buttons.add(link);
        } else if (item.mine() || staff) {
            toIdea.setText(getTranslation("journeys.annotations.to-idea"));
            toIdea.addThemeVariants(ButtonVariant.SMALL);
            toIdea.addClickListener(e -> actions.toIdea(item));
            buttons.add(toIdea);
        }
        add(buttons);
    }

    /** The card's text as the browser gets it: kind, emotion, place, the annotation, scales and byline. */
    String content() {
        return content.getElement().getProperty("innerHTML", "");
    }

    private String contentHtml(AnnotationItem item, String touchpointName) {
        var html = new StringBuilder(640);
        html.append("<div class=\"annotation-head\"><span class=\"annotation-kind kind-")
                .append(item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                .append(escape(getTranslation(item.kind().labelKey()))).append("</span>");
        span(html, getTranslation(item.emotion().positive() ? "journeys.emotion.positive"
                : "journeys.emotion.negative", getTranslation(item.emotion().labelKey())), "annotation-emotion");
        span(html, touchpointName, "annotation-where");
        html.append("</div><p class=\"annotation-text\">").append(escape(item.text())).append("</p>");
        html.append("<div class=\"annotation-metas\">");
        span(html, getTranslation("journeys.annotations.scales", item.intensity(), item.importance()), "annotation-meta");
        var name = item.authorName().orElse(getTranslation("journeys.annotations.anonymous"));
        var when = Formats.date(item.createdAt(), getLocale(), Formats.zone());
        span(html, getTranslation("journeys.annotations.byline", name, when)
                + (item.edited() ? " · " + getTranslation("journeys.annotations.edited") : ""), "annotation-meta");
        if (item.happenedOn() != null) {
            span(html, getTranslation("journeys.annotations.happened",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(item.happenedOn())),
                    "annotation-meta");
        }
        return html.append("</div>").toString();
    }

    void showReactions(int count, boolean reacted) {
        reactions.setText(getTranslation("journeys.annotations.me-too.count", count));
        meToo.getElement().setAttribute("aria-pressed", String.valueOf(reacted));
    }
}
