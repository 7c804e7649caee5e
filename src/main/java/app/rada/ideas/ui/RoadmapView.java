package app.rada.ideas.ui;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.PulseService;
import app.rada.ideas.RoadmapCard;
import app.rada.shared.ui.Formats;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The roadmap: members' ideas the team has planned, is working on and finished lately, in three
 * columns (stacked on a phone), each thirty cards at a time.
 */
@Route("roadmap")
@PermitAll
@Menu(order = 12, title = "nav.roadmap", icon = "vaadin:road")
@StyleSheet("styles/discussion.css")
class RoadmapView extends Main implements HasDynamicTitle {

    static final int PAGE = 30;

    RoadmapView(PulseService roadmap) {
        addClassName("roadmap-view");
        var intro = new Paragraph(getTranslation("roadmap.intro"));
        intro.addClassName("roadmap-intro");
        var columns = new Div();
        columns.addClassName("roadmap-columns");
        columns.add(new Column(roadmap, IdeaStatus.PLANNED, getTranslation("roadmap.column.planned")),
                new Column(roadmap, IdeaStatus.IN_PROGRESS, getTranslation("roadmap.column.in-progress")),
                new Column(roadmap, IdeaStatus.DONE, getTranslation("roadmap.column.done")));
        add(new H1(getTranslation("roadmap.title")), intro, columns);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.title");
    }

    /** One status: its cards, oldest page first, and "Show more" while there are more. */
    static final class Column extends Section {

        final UnorderedList cards = new UnorderedList();
        final Button more = new Button();
        private final PulseService roadmap;
        private final IdeaStatus status;
        private int loaded;

        Column(PulseService roadmap, IdeaStatus status, String title) {
            this.roadmap = roadmap;
            this.status = status;
            var name = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            addClassNames("roadmap-column", "roadmap-" + name);
            setId("roadmap-" + name);
            var heading = new H2(title);
            heading.setId("roadmap-" + name + "-heading");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            cards.addClassName("roadmap-cards");
            more.setText(getTranslation("roadmap.more"));
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.addClassName("roadmap-more");
            more.addClickListener(e -> load());
            add(heading, cards, more);
            load();
            if (loaded == 0) {
                var empty = new Paragraph(getTranslation("roadmap.empty"));
                empty.addClassName("roadmap-empty");
                add(empty);
            }
        }

        private void load() {
            var page = roadmap.roadmap(status, loaded, PAGE);
            loaded += page.size();
            page.forEach(c -> cards.add(card(c)));
            more.setVisible(!page.isEmpty() && loaded < roadmap.roadmapCount(status));
        }

        private ListItem card(RoadmapCard c) {
            var link = new Anchor(IdeaNavigation.idea(c.id()), c.title());
            link.addClassName("roadmap-card-title");
            var when = c.status() == IdeaStatus.DONE && c.doneAt() != null
                    ? getTranslation("roadmap.done-on", Formats.date(c.doneAt(), getLocale(), Formats.zone()))
                    : getTranslation("roadmap.since", Formats.date(c.statusChangedAt(), getLocale(), Formats.zone()));
            var meta = new Div(new Span(getTranslation("roadmap.votes", c.voteCount())),
                    new Span(getTranslation("roadmap.comments", c.commentCount())), new Span(when));
            meta.addClassName("roadmap-card-meta");
            var item = new ListItem(link, meta);
            item.addClassName("roadmap-card");
            return item;
        }
    }
}
