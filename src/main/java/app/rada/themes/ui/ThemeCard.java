package app.rada.themes.ui;

import app.rada.ideas.ui.IdeaNavigation;
import app.rada.people.SegmentOption;
import app.rada.sessions.ui.SessionNavigation;
import app.rada.shared.Language;
import app.rada.shared.ui.StatusBadge;
import app.rada.themes.Theme;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One theme as a card: its words, size, feelings and NEV, who says it, examples, and what staff can make of it. */
final class ThemeCard {

    private ThemeCard() {
    }

    static Component of(Component texts, Theme theme, Consumer<Theme> turnIntoIdea) {
        var card = new Div();
        card.addClassNames("card", "theme-card");
        card.setId("theme-" + theme.id());
        card.getElement().setAttribute("role", "article");
        card.add(new H3(theme.label()));
        var size = new Paragraph(texts.getTranslation("themes.card.size", theme.annotations(), theme.ideas()));
        size.addClassName("theme-size");
        card.add(size);
        if (theme.annotations() > 0) {
            var feelings = new Div();
            feelings.addClassName("theme-emotions");
            theme.emotions().forEach((emotion, count) -> feelings.add(StatusBadge.of(
                    texts.getTranslation("themes.card.emotion", texts.getTranslation(emotion.labelKey()), count),
                    emotion.positive() ? "theme-emotion-positive" : "theme-emotion-negative")));
            var nev = theme.nev();
            var nevText = new Span(nev == null ? texts.getTranslation("themes.card.nev-none")
                    : texts.getTranslation("themes.card.nev", nev));
            nevText.addClassName("theme-nev");
            feelings.add(nevText);
            card.add(feelings);
        }
        if (!theme.organisations().isEmpty()) {
            card.add(new Paragraph(texts.getTranslation("themes.card.organisations", theme.organisations().size(),
                    String.join(", ", theme.organisations()))));
        }
        if (!theme.segments().isEmpty()) {
            card.add(new Paragraph(texts.getTranslation("themes.card.segments", theme.segments().stream()
                    .map(s -> segmentName(texts, s)).collect(Collectors.joining(", ")))));
        }
        var quotes = new UnorderedList();
        quotes.addClassName("theme-quotes");
        quotes.getElement().setAttribute("aria-label", texts.getTranslation("themes.card.quotes"));
        theme.quotes().forEach(q -> quotes.add(new ListItem(texts.getTranslation("themes.card.quote", q))));
        card.add(quotes);
        if (!theme.turnedIdeaIds().isEmpty()) {
            var ideas = new Div(new Span(texts.getTranslation("themes.card.turned")));
            ideas.addClassName("theme-turned");
            theme.turnedIdeaIds().forEach(id -> ideas.add(new Anchor(IdeaNavigation.idea(id),
                    texts.getTranslation("themes.card.idea-link", id))));
            card.add(ideas);
        }
        var actions = new Div();
        actions.addClassName("row-actions");
        if (theme.canBecomeIdea()) {
            var idea = new Button(texts.getTranslation("themes.card.to-idea"), e -> turnIntoIdea.accept(theme));
            idea.setId("theme-idea-" + theme.id());
            idea.getElement().setAttribute("aria-label", texts.getTranslation("themes.card.to-idea.label", theme.label()));
            actions.add(idea);
        }
        var plan = new Anchor(SessionNavigation.planAbout(theme.label(), purpose(texts, theme),
                theme.touchpointIds().isEmpty() ? null : theme.touchpointIds().getFirst(),
                theme.ideaIds().isEmpty() ? null : theme.ideaIds().getFirst()), texts.getTranslation("themes.card.to-session"));
        plan.addClassName("button-link");
        plan.setId("theme-session-" + theme.id());
        plan.getElement().setAttribute("aria-label", texts.getTranslation("themes.card.to-session.label", theme.label()));
        actions.add(plan);
        card.add(actions);
        return card;
    }

    /** What the theme's members said, as the opening of an idea's or a session's text. */
    static String purpose(Component texts, Theme theme) {
        var lines = new StringBuilder(texts.getTranslation("themes.text.intro", theme.annotations(), theme.ideas(),
                theme.organisations().size()));
        theme.quotes().forEach(q -> lines.append("\n- ").append(q));
        return lines.toString();
    }

    private static String segmentName(Component texts, SegmentOption segment) {
        return Language.closestTo(UI.getCurrent().getLocale()) == Language.PL
                ? segment.namePl() : segment.nameEn();
    }
}
