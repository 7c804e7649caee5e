package app.rada.ideas.ui;

import app.rada.ideas.DraftProblems;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Suggesting an idea. While the title is typed, ideas like it appear with a way to vote for one of
 * them instead, so the board gathers votes rather than duplicates.
 */
@Route(IdeaNavigation.SUBMIT)
@PermitAll
@StyleSheet("styles/ideas.css")
class SubmitView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final IdeaForm form;
    final Div similar = new Div();
    /** Shown when the page was opened for a touchpoint the member may not link to; the idea goes without it. */
    final Paragraph touchpointIgnored = new Paragraph();
    private final IdeaService ideas;
    private @Nullable Long touchpointId;

    SubmitView(IdeaService ideas, IdeaCategoryService categories, Validator validator) {
        this.ideas = ideas;
        addClassNames("form-view", "submit-view");
        form = new IdeaForm(categories.offeredCategories(), categories.popularTags(), Language.closestTo(getLocale()), true,
                getTranslation("ideas.submit.save"),
                (field, value) -> DraftProblems.of(validator, IdeaDraft.class, field, value));
        similar.addClassName("similar-ideas");
        similar.setId("similar-ideas");
        similar.getElement().setAttribute("aria-live", "polite");
        form.title.addValueChangeListener(e -> showSimilar(e.getValue()));
        form.addSaveListener(e -> save());
        var intro = new Paragraph(getTranslation("ideas.submit.intro"));
        var back = new Anchor(IdeaNavigation.BOARD, getTranslation("ideas.back"));
        back.addClassName("back-link");
        touchpointIgnored.setId("touchpoint-ignored");
        touchpointIgnored.addClassName("form-notice");
        touchpointIgnored.getElement().setAttribute("role", "status");
        touchpointIgnored.setVisible(false);
        add(back, new H2(getTranslation("ideas.submit.title")), intro, touchpointIgnored, form);
        form.addComponentAtIndex(1, similar);
    }

    private void showSimilar(String title) {
        similar.removeAll();
        if (title.strip().length() < 4) {
            return;
        }
        var found = ideas.similar(title, 5);
        if (found.isEmpty()) {
            return;
        }
        similar.add(new H3(getTranslation("ideas.submit.similar")));
        for (IdeaCard card : found) {
            var link = new Anchor(IdeaNavigation.idea(card.id()), card.title());
            var votes = new Span(getTranslation("ideas.card.votes", card.voteCount()));
            votes.addClassName("idea-votes");
            var instead = new Button(getTranslation(card.votedByMe() ? "ideas.submit.already-voted" : "ideas.submit.vote-instead"));
            instead.addThemeVariants(ButtonVariant.SMALL);
            instead.setEnabled(!card.votedByMe());
            instead.addClickListener(e -> {
                try {
                    ideas.toggleVote(card.id());
                    UI.getCurrent().navigate(IdeaNavigation.idea(card.id()));
                } catch (Problem problem) {
                    form.showError(getTranslation(problem.key(), problem.args()));
                }
            });
            var row = new Div(link, votes, instead);
            row.addClassName("similar-idea");
            similar.add(row);
        }
    }

    private void save() {
        try {
            long id = ideas.submit(form.draft(touchpointId), form.images());
            UI.getCurrent().navigate(IdeaNavigation.idea(id));
        } catch (Problem problem) {
            form.showError(getTranslation(problem.key(), problem.args()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // another module (the journey map) may open the form for a touchpoint; a link to one the member
        // may not see (unknown, or of a map that is not published) is ignored, and the member is told so
        var asked = event.getLocation().getQueryParameters().getSingleParameter("touchpoint");
        touchpointId = asked.filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf)
                .filter(ideas::touchpointVisible).orElse(null);
        boolean ignored = asked.isPresent() && touchpointId == null;
        touchpointIgnored.setText(ignored ? getTranslation("ideas.submit.touchpoint-ignored") : "");
        touchpointIgnored.setVisible(ignored);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.submit.title");
    }
}
