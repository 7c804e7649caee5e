package app.rada.themes.ui;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.ui.IdeaNavigation;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.themes.Theme;
import app.rada.themes.ThemeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.Validator;

/**
 * Staff turn a theme into one idea, pre-filled with its words and examples; the idea is tied to every
 * annotation of the theme not yet turned into an idea, and staff go to the new idea.
 */
class ThemeIdeaDialog extends Dialog {

    /** The form's values, checked against the idea's own rules. */
    record Form(String title, String description) {
    }

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Paragraph error = new Paragraph();
    private final Binder<Form> binder = new Binder<>();

    ThemeIdeaDialog(Theme theme, ThemeService themes, Validator validator) {
        setHeaderTitle(getTranslation("themes.idea.dialog.title"));
        title.setLabel(getTranslation("themes.idea.title"));
        title.setMaxLength(IdeaDraft.TITLE_MAX);
        title.setId("theme-idea-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setLabel(getTranslation("themes.idea.description"));
        description.setMaxLength(IdeaDraft.DESCRIPTION_MAX);
        description.setId("theme-idea-description");
        description.setWidthFull();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).withValidator((value, context) -> DraftField.check(validator, IdeaDraft.class, "title",
                value, key -> new Object[] {IdeaDraft.TITLE_MAX}, this)).bind(Form::title, (f, v) -> { });
        binder.forField(description).withValidator((value, context) -> DraftField.check(validator, IdeaDraft.class,
                "description", value, key -> new Object[] {IdeaDraft.DESCRIPTION_MAX}, this))
                .bind(Form::description, (f, v) -> { });
        var label = theme.label();
        binder.readBean(new Form(label.length() > IdeaDraft.TITLE_MAX ? label.substring(0, IdeaDraft.TITLE_MAX) : label,
                ThemeCard.purpose(this, theme)));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(new Div(new Paragraph(getTranslation("themes.idea.dialog.intro", theme.untied())), title, description, error));
        save.setText(getTranslation("themes.idea.save"));
        save.setId("theme-idea-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            try {
                long ideaId = themes.turnIntoIdea(theme.id(), title.getValue(), description.getValue());
                close();
                UI.getCurrent().navigate(IdeaNavigation.idea(ideaId));
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        getFooter().add(new Button(getTranslation("themes.cancel"), e -> close()), save);
    }
}
