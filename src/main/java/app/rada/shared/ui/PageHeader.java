package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * A page's title with the trail that led to it and the page's main actions. Crumbs are links
 * (already translated labels); the current page closes the trail as plain text.
 */
public final class PageHeader extends Header {

    private final H1 title;
    private final Div actions = new Div();

    public PageHeader(String titleText, Crumb... trail) {
        addClassName("page-header");
        if (trail.length > 0) {
            var list = new OrderedList();
            for (var crumb : trail) {
                list.add(new ListItem(new Anchor(crumb.href(), crumb.label())));
            }
            var here = new Span(titleText);
            here.getElement().setAttribute("aria-current", "page");
            list.add(new ListItem(here));
            var nav = new Nav(list);
            nav.addClassName("breadcrumbs");
            nav.getElement().setAttribute("aria-label", getTranslation("common.breadcrumbs"));
            add(nav);
        }
        title = new H1(titleText);
        actions.addClassName("page-actions");
        add(title, actions);
    }

    /** Adds buttons or links at the header's end. */
    public PageHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }

    public H1 title() {
        return title;
    }

    /** A step of the trail: where it leads and what it says. */
    public record Crumb(String href, String label) {
    }
}
