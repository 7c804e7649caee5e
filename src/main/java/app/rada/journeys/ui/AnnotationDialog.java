package app.rada.journeys.ui;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.DraftRules;
import app.rada.journeys.Emotion;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The form for annotating a touchpoint or changing one's annotation: every field labelled, all of it
 * usable by keyboard. The save callback returns an error message to show, or nothing when saved.
 */
class AnnotationDialog extends Dialog {

    final Select<AnnotationKind> kind = new Select<>();
    final Select<Emotion> emotion = new Select<>();
    final Select<Integer> intensity = new Select<>();
    final Select<Integer> importance = new Select<>();
    final TextArea text = new TextArea();
    final DatePicker happened = new DatePicker();
    final Checkbox showName = new Checkbox();
    final Button save = new Button();
    final Paragraph error = new Paragraph();

    private final Binder<AnnotationDraft> binder = new Binder<>();

    AnnotationDialog(String title, @Nullable AnnotationDraft existing, DraftRules rules,
                     Function<AnnotationDraft, Optional<String>> onSave) {
        setHeaderTitle(title);
        addClassName("annotation-dialog");
        kind.setLabel(getTranslation("journeys.annotation.kind"));
        kind.setItems(AnnotationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("annotation-kind");
        emotion.setLabel(getTranslation("journeys.annotation.emotion"));
        emotion.setItems(Emotion.values());
        emotion.setItemLabelGenerator(e -> getTranslation(e.positive() ? "journeys.emotion.positive"
                : "journeys.emotion.negative", getTranslation(e.labelKey())));
        emotion.setId("annotation-emotion");
        intensity.setLabel(getTranslation("journeys.annotation.intensity"));
        intensity.setItems(List.of(1, 2, 3, 4, 5));
        intensity.setId("annotation-intensity");
        importance.setLabel(getTranslation("journeys.annotation.importance"));
        importance.setItems(List.of(1, 2, 3, 4, 5));
        importance.setId("annotation-importance");
        text.setLabel(getTranslation("journeys.annotation.text"));
        text.setMaxLength(AnnotationDraft.TEXT_MAX);
        text.setRequired(true);
        text.setWidthFull();
        text.setId("annotation-text");
        LocalisedPickers.localise(happened, this);
        happened.setLabel(getTranslation("journeys.annotation.happened"));
        happened.setMax(LocalDate.now());
        happened.setLocale(getLocale());
        showName.setLabel(getTranslation("journeys.annotation.show-name"));
        showName.setId("annotation-show-name");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("annotation-error");

        DraftBinding.bind(binder, intensity, rules, AnnotationDraft.class, "intensity", AnnotationDraft::intensity);
        DraftBinding.bind(binder, importance, rules, AnnotationDraft.class, "importance", AnnotationDraft::importance);
        DraftBinding.bind(binder, text, rules, AnnotationDraft.class, "text", AnnotationDraft::text);
        var shown = existing == null
                ? new AnnotationDraft(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED, 3, 3, "", null, true) : existing;
        binder.readBean(shown);
        kind.setValue(shown.kind());
        emotion.setValue(shown.emotion());
        happened.setValue(shown.happenedOn());
        showName.setValue(shown.showName());
        var scales = new Div(kind, emotion, intensity, importance);
        scales.addClassName("annotation-scales");
        var form = new Div(scales, text, happened, showName, error);
        form.addClassName("dialog-form");
        add(form);

        save.setText(getTranslation("journeys.annotation.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("annotation-save");
        save.addClickListener(e -> {
            binder.validate();
            onSave.apply(draft()).ifPresentOrElse(error::setText, this::close);
        });
        var cancel = new Button(getTranslation("journeys.cancel"), e -> close());
        cancel.setId("annotation-cancel");
        getFooter().add(cancel, save);
    }

    AnnotationDraft draft() {
        return new AnnotationDraft(kind.getValue(), emotion.getValue(),
                intensity.getValue() == null ? 0 : intensity.getValue(),
                importance.getValue() == null ? 0 : importance.getValue(), text.getValue(), happened.getValue(),
                showName.getValue());
    }
}
