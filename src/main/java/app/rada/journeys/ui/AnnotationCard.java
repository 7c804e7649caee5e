package app.rada.journeys.ui;

import app.rada.journeys.AnnotationItem;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One annotation in the list, with "me too" for others' and editing for one's own. */
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

    AnnotationCard(AnnotationItem item, String touchpointName, boolean staff, Actions actions) {
        this.item = item;
        addClassNames("annotation-card", item.emotion().positive() ? "annotation-positive" : "annotation-negative");
        getElement().setAttribute("data-annotation", String.valueOf(item.id()));
        var kind = new Span(getTranslation(item.kind().labelKey()));
        kind.addClassNames("annotation-kind", "kind-" + item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var emotion = new Span(getTranslation(item.emotion().positive() ? "journeys.emotion.positive"
                : "journeys.emotion.negative", getTranslation(item.emotion().labelKey())));
        emotion.addClassName("annotation-emotion");
        var where = new Span(touchpointName);
        where.addClassName("annotation-where");
        var head = new Div(kind, emotion, where);
        head.addClassName("annotation-head");
        var text = new Paragraph(item.text());
        text.addClassName("annotation-text");
        var scales = new Span(getTranslation("journeys.annotations.scales", item.intensity(), item.importance()));
        scales.addClassName("annotation-meta");
        var name = item.authorName().orElse(getTranslation("journeys.annotations.anonymous"));
        var when = Formats.date(item.createdAt(), getLocale(), Formats.zone());
        var byline = new Span(getTranslation("journeys.annotations.byline", name, when)
                + (item.edited() ? " · " + getTranslation("journeys.annotations.edited") : ""));
        byline.addClassName("annotation-meta");
        var meta = new Div(scales, byline);
        meta.addClassName("annotation-metas");
        if (item.happenedOn() != null) {
            var happened = new Span(getTranslation("journeys.annotations.happened",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(item.happenedOn())));
            happened.addClassName("annotation-meta");
            meta.add(happened);
        }
        add(head, text, meta);

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

    void showReactions(int count, boolean reacted) {
        reactions.setText(getTranslation("journeys.annotations.me-too.count", count));
        meToo.getElement().setAttribute("aria-pressed", String.valueOf(reacted));
    }
}
