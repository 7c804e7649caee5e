package app.rada.people.ui;

import app.rada.people.InvitationCsv;
import app.rada.people.InvitationList;
import app.rada.people.InvitationService;
import app.rada.people.OrganisationService;
import app.rada.people.RowOutcome;
import app.rada.shared.Language;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.LimitedUpload;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Many invitations at once, from a pasted or uploaded list: long lists go out in the background with a
 * progress bar, and the lines that could not be sent are listed with the reason.
 */
class BulkInvitationPanel extends Section {

    private static final Logger log = LoggerFactory.getLogger(BulkInvitationPanel.class);

    private final InvitationService invitations;
    private final OrganisationService organisations;
    private final Runnable onSent;

    final TextArea list = new TextArea();
    final UploadHandler listHandler;
    final Select<Language> listLanguage = new Select<>();
    final Button inviteAll = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<RowOutcome> problems = new Grid<>();

    /** {@code onSent} runs after a list went out, so the page can show the new invitations. */
    /** Checks that the list has something to send while staff type; it sends nothing. */
    final Binder<InvitationList> binder = new Binder<>();

    BulkInvitationPanel(InvitationService invitations, OrganisationService organisations, Runnable onSent,
                        Validator validator) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.onSent = onSent;
        addClassName("card");
        list.setLabel(getTranslation("invitations.bulk.label"));
        list.setHelperText(getTranslation("invitations.bulk.help"));
        list.setWidthFull();
        list.setMinHeight("8rem");
        list.setId("invite-list");
        binder.forField(list)
                .withValidator((text, context) -> DraftField.check(validator, InvitationList.class, "text",
                        text == null ? "" : text, key -> new Object[0], this))
                .bind(InvitationList::text, (draft, text) -> { });

        listHandler = LimitedUpload.inMemory(InvitationsView.MAX_UPLOAD_BYTES, 1, (name, data) -> {
            var text = decode(data);
            if (text == null) {
                showError(getTranslation("invitations.bulk.not-text"));
            } else {
                list.setValue(text);
            }
        }, name -> showError(getTranslation("invitations.bulk.rejected")));
        var upload = new Upload(listHandler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InvitationsView.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.addFileRejectedListener(e -> showError(getTranslation("invitations.bulk.rejected")));
        upload.setId("invite-upload");
        var uploadTexts = new UploadI18N();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add-file"))
                .setMany(getTranslation("upload.add-file")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop-file"))
                .setMany(getTranslation("upload.drop-file")));
        uploadTexts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("invitations.bulk.rejected"))
                .setIncorrectFileType(getTranslation("invitations.bulk.rejected"))
                .setTooManyFiles(getTranslation("invitations.bulk.rejected")));
        upload.setI18n(uploadTexts);

        listLanguage.setLabel(getTranslation("invitations.bulk.language"));
        listLanguage.setItems(Language.values());
        listLanguage.setItemLabelGenerator(Language::nativeName);
        listLanguage.setValue(Language.closestTo(getLocale()));

        inviteAll.setText(getTranslation("invitations.bulk.send"));
        inviteAll.addThemeVariants(ButtonVariant.PRIMARY);
        inviteAll.setId("invite-all");
        inviteAll.addClickListener(e -> inviteMany());

        progress.setVisible(false);
        progress.setId("invite-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("invitations.bulk.progress"));
        summary.setId("invite-summary");

        problems.addColumn(RowOutcome::row).setHeader(getTranslation("invitations.bulk.line")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(RowOutcome::email).setHeader(getTranslation("invitations.email")).setAutoWidth(true);
        problems.addColumn(o -> getTranslation(o.problemKey() == null ? "invitations.bulk.ok" : o.problemKey(),
                o.problemArgument() == null ? "" : o.problemArgument()))
                .setHeader(getTranslation("invitations.bulk.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.setId("invite-problems");

        var actions = new Div(listLanguage, inviteAll);
        actions.addClassName("filters");
        add(new H2(getTranslation("invitations.bulk.title")), list, upload, actions, progress, summary, problems);
    }

    private static String decode(byte[] data) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var text = decoder.decode(ByteBuffer.wrap(data)).toString();
            if (text.chars().anyMatch(c -> c == 0)) {
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void inviteMany() {
        var status = binder.validate();
        if (status.hasErrors()) {
            // the field shows the refusal; the notice also says it, as an empty list always did
            status.getFieldValidationErrors().getFirst().getMessage().ifPresent(this::showError);
            return;
        }
        var rows = InvitationCsv.parse(list.getValue(), organisations::organisationIdByName, listLanguage.getValue());
        if (rows.isEmpty()) {
            showError(getTranslation("invitations.bulk.empty"));
            return;
        }
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(rows.size());
        progress.setValue(0);
        inviteAll.setEnabled(false);
        if (rows.size() < InvitationsView.BACKGROUND_FROM) {
            showOutcomes(invitations.inviteAll(rows, done -> progress.setValue(done)));
            return;
        }
        var ui = UI.getCurrent();
        Thread.ofVirtual().start(new DelegatingSecurityContextRunnable(() -> {
            try {
                var outcomes = invitations.inviteAll(rows, done -> {
                    if (done % 10 == 0 || done == rows.size()) {
                        ui.access(() -> progress.setValue(done));
                    }
                });
                ui.access(() -> showOutcomes(outcomes));
            } catch (RuntimeException e) {
                log.error("Sending a list of invitations failed", e);
                ui.access(() -> {
                    progress.setVisible(false);
                    inviteAll.setEnabled(true);
                    showError(getTranslation("invitations.bulk.failed"));
                });
            }
        }));
    }

    private void showOutcomes(List<RowOutcome> outcomes) {
        long sent = outcomes.stream().filter(RowOutcome::sent).count();
        var failed = new ArrayList<RowOutcome>(outcomes.stream().filter(o -> !o.sent()).toList());
        summary.setText(getTranslation("invitations.bulk.summary", sent, failed.size()));
        problems.setItems(failed);
        problems.setVisible(!failed.isEmpty());
        progress.setVisible(false);
        inviteAll.setEnabled(true);
        if (failed.isEmpty()) {
            list.clear();
            // the emptied list is not a mistake: the next one starts clean
            list.setInvalid(false);
        }
        onSent.run();
    }

    private void showError(String message) {
        Toasts.error(message);
    }
}
