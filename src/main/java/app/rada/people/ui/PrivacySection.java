package app.rada.people.ui;

import app.rada.people.ErasureConfirmation;
import app.rada.people.PrivacyService;
import app.rada.shared.Problem;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.DraftField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;

/**
 * The person's own data on their profile: download everything held about them, or delete the account.
 */
class PrivacySection extends Section {

    final Anchor download;
    final Button delete = new Button();
    final TextField confirmation = new TextField();
    final Paragraph error = new Paragraph();
    final Button confirmDelete = new Button();
    /** Checks the typed address against the account's while the person types; it erases nothing. */
    final Binder<ErasureConfirmation> binder = new Binder<>();

    PrivacySection(PrivacyService privacy, RadaUser user, AuthenticationContext authentication, Validator validator) {
        addClassName("card");
        setId("privacy");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var zip = privacy.exportZip(user.personId());
            return new DownloadResponse(new ByteArrayInputStream(zip), "rada-my-data.zip", "application/zip",
                    zip.length);
        }), getTranslation("privacy.download"));
        download.setId("privacy-download");
        download.addClassName("button-link");

        delete.setText(getTranslation("privacy.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("privacy-delete");
        delete.addClickListener(e -> openDialog(privacy, user, authentication));
        confirmation.setId("privacy-confirmation");
        binder.forField(confirmation)
                .withValidator((typed, context) -> DraftField.checkWhole(validator,
                        new ErasureConfirmation(user.email(), typed == null ? "" : typed), "confirmed",
                        key -> new Object[0], this))
                .bind(ErasureConfirmation::typed, (draft, typed) -> { });

        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.download.text")),
                download, new Paragraph(getTranslation("privacy.delete.text")), delete);
    }

    private void openDialog(PrivacyService privacy, RadaUser user, AuthenticationContext authentication) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.delete.title"));
        confirmation.setLabel(getTranslation("privacy.delete.confirm", user.email()));
        confirmation.setWidthFull();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        dialog.add(new Paragraph(getTranslation("privacy.delete.consequences")), confirmation, error);
        confirmDelete.setText(getTranslation("privacy.delete.final"));
        confirmDelete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmDelete.setId("privacy-delete-confirm");
        confirmDelete.addClickListener(e -> {
            var status = binder.validate();
            if (status.hasErrors()) {
                // the field shows the refusal; the dialog's notice also says it, as a refusal from the service would
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(error::setText);
                return;
            }
            try {
                privacy.erase(user.personId(), confirmation.getValue());
                dialog.close();
                authentication.logout();
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirmDelete);
        dialog.open();
    }
}
