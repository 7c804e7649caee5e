package app.rada.ideas.ui;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.ImageUpload;
import app.rada.ideas.Tags;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Markdown;
import app.rada.shared.Problem;
import app.rada.shared.ui.LimitedUpload;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an idea: title, Markdown description with a preview, category, tags, images and who
 * may see it. It calls no service; it fires a {@link SaveEvent} with what was filled in. While the
 * member types, each field is checked against the draft's own rules and shows what is wrong on itself.
 */
public class IdeaForm extends Div {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Div preview = new Div();
    final Tabs descriptionTabs;
    final ComboBox<CategoryOption> category = new ComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Upload images;
    final UploadHandler imageHandler;
    final Div error = new Div();
    final Button save = new Button();
    private final Binder<Values> binder = new Binder<>();
    private final List<ImageUpload> uploaded = new ArrayList<>();
    private final Set<String> tagItems = new LinkedHashSet<>();

    /** The draft's rules for one field: the first one a value breaks, if any. */
    @FunctionalInterface
    public interface FieldRules {
        Optional<Problem> check(String field, @Nullable Object value);
    }

    /** What the binder keeps while the member types; the draft itself is read from the fields on save. */
    static final class Values {
        String title = "";
        String description = "";
        Set<String> tags = Set.of();
    }

    public IdeaForm(List<CategoryOption> categories, List<String> knownTags, Language language, boolean withImages,
                    String saveLabel, FieldRules rules) {
        addClassName("idea-form");
        title.setLabel(getTranslation("ideas.form.title"));
        title.setHelperText(getTranslation("ideas.form.title.help"));
        title.setMaxLength(IdeaDraft.TITLE_MAX);
        title.setRequired(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(400);
        title.setId("idea-title");

        description.setLabel(getTranslation("ideas.form.description"));
        description.setHelperText(getTranslation("ideas.form.description.help"));
        description.setMaxLength(IdeaDraft.DESCRIPTION_MAX);
        description.setRequired(true);
        description.setWidthFull();
        description.setMinHeight("12rem");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeTimeout(400);
        description.setId("idea-description");
        preview.addClassNames("idea-preview", "markdown");
        preview.setVisible(false);
        preview.setId("idea-preview");
        var write = new Tab(getTranslation("ideas.form.write"));
        var show = new Tab(getTranslation("ideas.form.preview"));
        descriptionTabs = new Tabs(write, show);
        descriptionTabs.addSelectedChangeListener(e -> {
            boolean previewing = e.getSelectedTab() == show;
            if (previewing) {
                var html = description.getValue().isBlank()
                        ? "<p>" + getTranslation("ideas.form.preview.empty") + "</p>"
                        : Markdown.toHtml(description.getValue());
                preview.getElement().setProperty("innerHTML", html);
            }
            preview.setVisible(previewing);
            description.setVisible(!previewing);
        });

        category.setLabel(getTranslation("ideas.form.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(language));
        category.setClearButtonVisible(true);
        category.setId("idea-category");

        tags.setLabel(getTranslation("ideas.form.tags"));
        tags.setHelperText(getTranslation("ideas.form.tags.help"));
        tagItems.addAll(knownTags);
        tags.setItems(tagItems);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            var tag = Tags.normalise(e.getDetail());
            if (!tag.isEmpty()) {
                tagItems.add(tag);
                tags.setItems(tagItems);
                var chosen = new LinkedHashSet<>(tags.getValue());
                chosen.add(tag);
                tags.setValue(chosen);
            }
        });
        tags.setId("idea-tags");

        visibility.setLabel(getTranslation("ideas.form.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v == Visibility.STAFF
                ? "ideas.form.visibility.staff" : "ideas.form.visibility.members"));
        visibility.setValue(Visibility.MEMBERS);
        visibility.setId("idea-visibility");

        imageHandler = LimitedUpload.inMemory(IdeaDraft.IMAGE_BYTES_MAX, IdeaDraft.IMAGES_MAX, (name, data) -> {
            if (uploaded.size() < IdeaDraft.IMAGES_MAX) {
                uploaded.add(new ImageUpload(name, data));
            }
        }, name -> showError(getTranslation("ideas.submit.image-too-large", name,
                IdeaDraft.IMAGE_BYTES_MAX / (1024 * 1024))));
        images = new Upload(imageHandler);
        images.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        images.setMaxFiles(IdeaDraft.IMAGES_MAX);
        images.setMaxFileSize(IdeaDraft.IMAGE_BYTES_MAX);
        images.setId("idea-images");
        images.addFileRemovedListener(e -> uploaded.removeIf(u -> u.fileName().equals(e.getFileName())));
        var imagesLabel = new Div(getTranslation("ideas.form.images"));
        imagesLabel.addClassName("field-label");
        var imagesHelp = new Div(getTranslation("ideas.form.images.help", IdeaDraft.IMAGES_MAX));
        imagesHelp.addClassName("field-help");
        images.getElement().setAttribute("aria-label", getTranslation("ideas.form.images"));
        var uploadTexts = new UploadI18N();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("ideas.form.images.add")).setMany(getTranslation("ideas.form.images.add")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("ideas.form.images.drop")).setMany(getTranslation("ideas.form.images.drop")));
        uploadTexts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("ideas.form.images.too-big"))
                .setIncorrectFileType(getTranslation("ideas.form.images.wrong-type"))
                .setTooManyFiles(getTranslation("ideas.form.images.too-many", IdeaDraft.IMAGES_MAX)));
        images.setI18n(uploadTexts);

        error.addClassName("form-error");
        error.setId("idea-form-error");
        error.getElement().setAttribute("role", "alert");
        save.setText(saveLabel);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-idea");
        save.addClickListener(e -> {
            // the service judges the draft in the end; this marks every field that is wrong right away
            binder.validate();
            fireEvent(new SaveEvent(this));
        });

        bind(rules);
        add(title, descriptionTabs, description, preview, category, tags, visibility);
        if (withImages) {
            add(imagesLabel, images, imagesHelp);
        }
        add(error, save);
    }

    private void bind(FieldRules rules) {
        binder.forField(title).withValidator(rule(rules, "title", String::strip))
                .bind(v -> v.title, (v, value) -> v.title = value);
        binder.forField(description).withValidator(rule(rules, "description", String::strip))
                .bind(v -> v.description, (v, value) -> v.description = value);
        binder.forField(tags).withValidator(rule(rules, "tags", chosen -> List.copyOf(Tags.normalise(chosen))))
                .bind(v -> v.tags, (v, value) -> v.tags = value);
        binder.setBean(new Values());
    }

    /** A field's check, in the member's language, on the value as it would be stored. */
    private <T> Validator<T> rule(FieldRules rules, String field, Function<T, Object> asStored) {
        return (value, context) -> rules.check(field, value == null ? null : asStored.apply(value))
                .map(problem -> ValidationResult.error(getTranslation(problem.key(), problem.args())))
                .orElseGet(ValidationResult::ok);
    }

    public void fill(IdeaDraft draft) {
        title.setValue(draft.title());
        description.setValue(draft.description());
        tagItems.addAll(draft.tags());
        tags.setItems(tagItems);
        tags.setValue(new LinkedHashSet<>(draft.tags()));
        visibility.setValue(draft.visibility());
    }

    public void selectCategory(@Nullable Long categoryId) {
        category.getListDataView().getItems().filter(c -> categoryId != null && c.id() == categoryId).findFirst()
                .ifPresent(category::setValue);
    }

    public IdeaDraft draft(@Nullable Long touchpointId) {
        return new IdeaDraft(title.getValue(), description.getValue(),
                Optional.ofNullable(category.getValue()).map(CategoryOption::id).orElse(null),
                List.copyOf(tags.getValue()), visibility.getValue() == null ? Visibility.MEMBERS : visibility.getValue(),
                touchpointId);
    }

    public List<ImageUpload> images() {
        return List.copyOf(uploaded);
    }

    public void showError(String message) {
        error.setText(message);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Fired when the member asks to save what they filled in. */
    public static class SaveEvent extends ComponentEvent<IdeaForm> {
        public SaveEvent(IdeaForm source) {
            super(source, false);
        }
    }
}
