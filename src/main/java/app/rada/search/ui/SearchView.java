package app.rada.search.ui;

import app.rada.search.SearchGroup;
import app.rada.search.SearchService;
import app.rada.shared.search.SearchHit;
import app.rada.shared.search.SearchKind;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The results of a search across the portal, grouped by kind: the first few of each kind that has any,
 * "Show more" for the next ones, every matched word marked.
 */
@Route(SearchNavigation.RESULTS)
@PermitAll
@StyleSheet("styles/search.css")
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final H1 heading = new H1();
    final Div groups = new Div();
    private String text = "";

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        groups.addClassName("search-groups");
        add(heading, groups);
    }

    @Override
    public String getPageTitle() {
        return text.isEmpty() ? getTranslation("search.title") : getTranslation("search.title.for", text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text = event.getLocation().getQueryParameters().getSingleParameter(SearchNavigation.QUERY).orElse("").strip();
        if (text.length() > SearchService.TEXT_MAX) {
            text = text.substring(0, SearchService.TEXT_MAX);
        }
        show();
    }

    private void show() {
        groups.removeAll();
        heading.setText(getPageTitle());
        if (text.isEmpty()) {
            groups.add(new Paragraph(getTranslation("search.empty-query")));
            return;
        }
        var found = search.search(text);
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("search.none", text));
            none.setId("search-none");
            groups.add(none);
            return;
        }
        found.forEach(group -> groups.add(new Group(group)));
    }

    /** The results of one kind, with "Show more" while there are more. */
    final class Group extends Section {

        final UnorderedList list = new UnorderedList();
        final Button more = new Button(getTranslation("search.more"));
        private final SearchKind kind;
        private int shown;

        Group(SearchGroup group) {
            this.kind = group.kind();
            var name = kind.name().toLowerCase(Locale.ROOT);
            addClassName("search-group");
            setId("search-group-" + name);
            var title = new H2(getTranslation(kind.labelKey()));
            title.setId("search-heading-" + name);
            getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            list.addClassName("search-hits");
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.addClassName("search-more");
            more.setAriaLabel(getTranslation("search.more.of", getTranslation(kind.labelKey())));
            more.addClickListener(e -> load());
            add(title, list, more);
            append(group);
        }

        private void load() {
            append(search.more(kind, text, shown));
        }

        private void append(SearchGroup page) {
            page.hits().forEach(hit -> list.add(item(hit)));
            shown += page.hits().size();
            more.setVisible(page.more());
        }
    }

    private ListItem item(SearchHit hit) {
        var link = new Anchor(hit.target(), "");
        link.addClassName("search-hit-link");
        link.add(Highlights.of(hit.title(), "search-hit-title"));
        var item = new ListItem(link);
        item.addClassName("search-hit");
        if (!hit.snippet().isEmpty()) {
            var snippet = new Paragraph(Highlights.of(hit.snippet(), "search-hit-snippet"));
            snippet.addClassName("search-hit-text");
            item.add(snippet);
        }
        var date = new Span(new Text(Formats.date(hit.date(), getLocale(), Formats.zone())));
        date.addClassName("search-hit-date");
        item.add(date);
        return item;
    }
}
