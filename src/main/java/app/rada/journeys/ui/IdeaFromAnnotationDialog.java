package app.rada.journeys.ui;

import app.rada.ideas.IdeaDraft;
import app.rada.journeys.AnnotationItem;
import app.rada.journeys.AnnotationService;
import app.rada.shared.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Staff turn an annotation into an idea, its first line offered as the title, and go to the new idea. */
class IdeaFromAnnotationDialog extends Dialog {

    IdeaFromAnnotationDialog(AnnotationItem item, AnnotationService annotations) {
        setHeaderTitle(getTranslation("journeys.idea.dialog.title"));
        var title = new TextField(getTranslation("journeys.idea.title"));
        title.setMaxLength(IdeaDraft.TITLE_MAX);
        var firstLine = item.text().lines().findFirst().orElse("");
        title.setValue(firstLine.length() > 100 ? firstLine.substring(0, 100) + "…" : firstLine);
        title.setWidthFull();
        var description = new TextArea(getTranslation("journeys.idea.description"));
        description.setValue(item.text());
        description.setWidthFull();
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(new Div(new Paragraph(getTranslation("journeys.idea.dialog.intro")), title, description, error));
        var save = new Button(getTranslation("journeys.idea.save"), e -> {
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
