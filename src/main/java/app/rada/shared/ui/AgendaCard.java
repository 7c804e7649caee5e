package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A start-page card: a heading, an optional line that sums it up, a short list of things each linked to
 * where they are acted on, and a link to the full list. Every module's card has this one shape.
 */
public class AgendaCard extends Section {

    private final UnorderedList items = new UnorderedList();
    private final Div footer = new Div();

    public AgendaCard(String id, String title) {
        setId(id);
        addClassNames("card", "agenda-card");
        var heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        items.addClassName("agenda-items");
        footer.addClassName("agenda-footer");
        add(heading, items, footer);
    }

    /** A sentence under the heading, for example "3 of 5 members have voted". */
    public AgendaCard summary(String text) {
        var line = new Paragraph(text);
        line.addClassName("agenda-summary");
        addComponentAtIndex(1, line);
        return this;
    }

    /** One thing to act on: its name links to {@code href}; {@code detail} says when, how many or why. */
    public AgendaCard item(String text, String href, String detail, Component... badges) {
        var link = new Anchor(href, text);
        link.addClassName("agenda-link");
        var line = new ListItem(link);
        for (var badge : badges) {
            line.add(badge);
        }
        if (!detail.isBlank()) {
            var meta = new Span(detail);
            meta.addClassName("agenda-detail");
            line.add(meta);
        }
        items.add(line);
        return this;
    }

    /** One thing to know that has no page to act on, for example a setting to change. */
    public AgendaCard note(String text, String detail) {
        var line = new ListItem(new Span(text));
        line.addClassName("agenda-note");
        if (!detail.isBlank()) {
            var meta = new Span(detail);
            meta.addClassName("agenda-detail");
            line.add(meta);
        }
        items.add(line);
        return this;
    }

    /** What the card says when its list is empty (call after the items). */
    public AgendaCard whenEmpty(String text) {
        if (items.getChildren().findAny().isEmpty()) {
            items.setVisible(false);
            var empty = new Paragraph(text);
            empty.addClassName("agenda-empty");
            addComponentAtIndex(indexOf(items), empty);
        }
        return this;
    }

    /** The link to everything of this kind, at the foot of the card. */
    public AgendaCard more(String text, String href) {
        var link = new Anchor(href, text);
        link.addClassName("agenda-more");
        footer.add(link);
        return this;
    }

    /** How many things the list holds, for tests and for the reader's count. */
    public int itemCount() {
        return (int) items.getChildren().count();
    }
}
