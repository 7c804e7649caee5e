package app.rada.journeys.ui;

import app.rada.ideas.IdeaDraft;
import app.rada.journeys.AnnotationItem;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.DraftRules;
import app.rada.shared.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** Staff turn an annotation into an idea, its first line offered as the title, and go to the new idea. */
class IdeaFromAnnotationDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    /** Checks title and description against the idea's own rules while the person types; it writes nothing. */
    private final Binder<IdeaDraft> binder = new Binder<>();

    IdeaFromAnnotationDialog(AnnotationItem item, AnnotationService annotations, DraftRules rules) {
        setHeaderTitle(getTranslation("journeys.idea.dialog.title"));
        title.setLabel(getTranslation("journeys.idea.title"));
        title.setMaxLength(IdeaDraft.TITLE_MAX);
        title.setId("idea-from-annotation-title");
        var firstLine = item.text().lines().findFirst().orElse("");
        title.setValue(firstLine.length() > 100 ? firstLine.substring(0, 100) + "…" : firstLine);
        title.setWidthFull();
        description.setLabel(getTranslation("journeys.idea.description"));
        description.setValue(item.text());
        description.setWidthFull();
        description.setId("idea-from-annotation-description");
        // the fields' own length checks would show an empty message; the idea's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        DraftBinding.bind(binder, title, rules, IdeaDraft.class, "title", IdeaDraft::title);
        DraftBinding.bind(binder, description, rules, IdeaDraft.class, "description", IdeaDraft::description);
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(new Div(new Paragraph(getTranslation("journeys.idea.dialog.intro")), title, description, error));
        save.setText(getTranslation("journeys.idea.save"));
        save.setId("idea-from-annotation-save");
        save.addClickListener(e -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            try {
                long ideaId = annotations.turnIntoIdea(item.id(), title.getValue(), description.getValue());
                close();
                UI.getCurrent().navigate(IdeaLinks.idea(ideaId));
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("journeys.cancel"), e -> close()), save);
    }
}
