package app.rada.people.ui;

import app.rada.people.PrivacyService;
import app.rada.shared.Problem;
import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
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

    PrivacySection(PrivacyService privacy, RadaUser user, AuthenticationContext authentication) {
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
