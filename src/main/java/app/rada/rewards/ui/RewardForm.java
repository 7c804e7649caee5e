package app.rada.rewards.ui;

import app.rada.rewards.ImageUpload;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardItem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.LimitedUpload;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The reward's fields, each checked against the draft's rules while the admin types; it calls no service. */
class RewardForm extends Div {

    final TextField nameEn = new TextField();
    final TextField namePl = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionPl = new TextArea();
    final IntegerField cost = new IntegerField();
    final IntegerField stock = new IntegerField();
    final Checkbox active = new Checkbox();
    final Checkbox removeImage = new Checkbox();
    final Upload upload;
    final UploadHandler imageHandler;
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    /** Checks each field against the draft's rules as it changes; the draft itself is read from the fields. */
    final Binder<RewardDraft> binder = new Binder<>();
    private final Validator validator;
    private @Nullable ImageUpload uploaded;

    RewardForm(@Nullable RewardItem item, Validator validator) {
        this.validator = validator;
        addClassName("dialog-form");
        nameEn.setLabel(getTranslation("rewards.form.name-en"));
        namePl.setLabel(getTranslation("rewards.form.name-pl"));
        descriptionEn.setLabel(getTranslation("rewards.form.description-en"));
        descriptionPl.setLabel(getTranslation("rewards.form.description-pl"));
        for (var field : List.of(nameEn, namePl)) {
            field.setMaxLength(RewardDraft.NAME_MAX);
            field.setRequired(true);
        }
        for (var field : List.of(descriptionEn, descriptionPl)) {
            field.setMaxLength(RewardDraft.DESCRIPTION_MAX);
            field.setRequired(true);
        }
        nameEn.setId("reward-name-en");
        namePl.setId("reward-name-pl");
        descriptionEn.setId("reward-description-en");
        descriptionPl.setId("reward-description-pl");
        cost.setLabel(getTranslation("rewards.form.cost"));
        cost.setMin(1);
        cost.setMax(RewardDraft.COST_MAX);
        cost.setId("reward-cost");
        stock.setLabel(getTranslation("rewards.form.stock"));
        stock.setMin(0);
        stock.setMax(RewardDraft.STOCK_MAX);
        stock.setStepButtonsVisible(true);
        stock.setId("reward-stock");
        active.setLabel(getTranslation("rewards.form.active"));
        active.setValue(true);
        active.setId("reward-active");
        imageHandler = LimitedUpload.inMemory(RewardDraft.IMAGE_BYTES_MAX, 1,
                (name, data) -> uploaded = new ImageUpload(name, data),
                name -> error.setText(getTranslation("rewards.problem.image-large", name,
                        RewardDraft.IMAGE_BYTES_MAX / (1024 * 1024))));
        upload = new Upload(imageHandler);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RewardDraft.IMAGE_BYTES_MAX);
        upload.setId("reward-image");
        LocalisedPickers.localise(upload, this, getTranslation("rewards.form.image.too-big",
                RewardDraft.IMAGE_BYTES_MAX / (1024 * 1024)), getTranslation("rewards.form.image.wrong-type"));
        upload.getElement().setAttribute("aria-label", getTranslation("rewards.form.image"));
        upload.addFileRemovedListener(e -> uploaded = null);
        var imageLabel = new Div(getTranslation("rewards.form.image"));
        imageLabel.addClassName("field-label");
        removeImage.setLabel(getTranslation("rewards.form.remove-image"));
        removeImage.setId("reward-remove-image");
        error.addClassName("form-error");
        error.setId("reward-form-error");
        error.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("rewards.form.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("reward-save");
        add(nameEn, namePl, descriptionEn, descriptionPl, cost, stock, active, imageLabel, upload);
        if (item != null) {
            nameEn.setValue(item.nameEn());
            namePl.setValue(item.namePl());
            descriptionEn.setValue(item.descriptionEn());
            descriptionPl.setValue(item.descriptionPl());
            cost.setValue(item.cost());
            stock.setValue(item.stock());
            active.setValue(item.active());
            if (item.hasImage()) {
                add(removeImage);
            }
        }
        add(error);
        bindRules();
    }

    private void bindRules() {
        // the field's own required and length checks would show an empty message; the draft's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        rule(nameEn, "nameEn", RewardDraft::nameEn);
        rule(namePl, "namePl", RewardDraft::namePl);
        rule(descriptionEn, "descriptionEn", RewardDraft::descriptionEn);
        rule(descriptionPl, "descriptionPl", RewardDraft::descriptionPl);
        number(cost, "cost", "rewards.problem.cost", RewardDraft::cost);
        number(stock, "stock", "rewards.problem.stock", RewardDraft::stock);
    }

    private <F extends HasValue<?, String> & HasValidation> void rule(F field, String property,
                                                                      ValueProvider<RewardDraft, String> value) {
        binder.forField(field)
                .withValidator((text, context) -> check(property, text == null ? "" : text.strip()))
                .bind(value, ignored());
    }

    private void number(IntegerField field, String property, String emptyKey,
                        ValueProvider<RewardDraft, Integer> value) {
        binder.forField(field)
                .asRequired(getTranslation(emptyKey, RewardDraft.messageArguments(emptyKey)))
                .withValidator((number, context) -> check(property, number))
                .bind(value, ignored());
    }

    private ValidationResult check(String property, Object value) {
        return DraftField.check(validator, RewardDraft.class, property, value, RewardDraft::messageArguments, this);
    }

    /** The form never writes into a draft: {@link #draft()} builds a new one from the fields. */
    private static <V> Setter<RewardDraft, V> ignored() {
        return (draft, value) -> { };
    }

    RewardDraft draft() {
        return new RewardDraft(nameEn.getValue(), namePl.getValue(), descriptionEn.getValue(),
                descriptionPl.getValue(), cost.getValue() == null ? 0 : cost.getValue(),
                stock.getValue() == null ? -1 : stock.getValue(), active.getValue());
    }

    @Nullable ImageUpload image() {
        return uploaded;
    }

    void upload(ImageUpload image) {
        uploaded = image;
    }
}
