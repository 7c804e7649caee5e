package app.rada.ideas.ui;

import app.rada.ideas.DraftProblems;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.ui.RouteLoading;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Editing an idea: its author while it is new, or staff at any time. */
@Route("ideas/:ideaId([0-9]{1,18})/edit")
@PermitAll
@StyleSheet("styles/ideas.css")
class EditIdeaView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final IdeaService ideas;
    private final IdeaCategoryService categories;
    private final Validator validator;
    @Nullable IdeaForm form;
    private long ideaId;

    EditIdeaView(IdeaService ideas, IdeaCategoryService categories, Validator validator) {
        this.validator = validator;
        this.ideas = ideas;
        this.categories = categories;
        addClassNames("form-view", "submit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteLoading.loadOrNotFound(event, "ideaId", ideas::page);
        if (found.isEmpty()) {
            return;
        }
        var page = found.get();
        ideaId = page.id();
        if (!page.editable()) {
            throw new AccessDeniedException("Not editable");
        }
        removeAll();
        var edit = new IdeaForm(categories.categories().stream()
                        .filter(c -> !c.retired() || Long.valueOf(c.id()).equals(page.categoryId())).toList(), categories.popularTags(), Language.closestTo(getLocale()), false,
                getTranslation("ideas.edit.save"),
                (field, value) -> DraftProblems.of(validator, IdeaDraft.class, field, value));
        edit.fill(new IdeaDraft(page.title(), page.description(), page.categoryId(), page.tags(), page.visibility(),
                page.touchpointId()));
        edit.selectCategory(page.categoryId());
        edit.addSaveListener(e -> {
            try {
                ideas.edit(ideaId, edit.draft(page.touchpointId()));
                UI.getCurrent().navigate(IdeaNavigation.idea(ideaId));
            } catch (Problem problem) {
                edit.showError(getTranslation(problem.key(), problem.args()));
            }
        });
        form = edit;
        var back = new Anchor(IdeaNavigation.idea(ideaId), getTranslation("ideas.back-to-idea"));
        back.addClassName("back-link");
        add(back, new H2(getTranslation("ideas.edit.title")), edit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.edit.title");
    }
}
