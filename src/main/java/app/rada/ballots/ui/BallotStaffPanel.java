package app.rada.ballots.ui;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotExportService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.CloseReason;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.validation.Validator;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** What staff do on a ballot page: edit or open a draft, close an open ballot early, export the counts. */
class BallotStaffPanel extends Section {

    final TextArea reason = new TextArea();

    private final BallotLifecycleService lifecycle;
    private final BallotExportService export;
    private final Runnable afterChange;
    /** Checks the reason against the draft's rule while it is typed; nothing is written into a draft. */
    private final Binder<CloseReason> binder = new Binder<>();

    BallotStaffPanel(BallotLifecycleService lifecycle, BallotExportService export, Runnable afterChange,
                     Validator validator) {
        this.lifecycle = lifecycle;
        this.export = export;
        this.afterChange = afterChange;
        addClassNames("card", "ballot-staff");
        setId("ballot-staff");
        // the field's own length check would show an empty message; the draft's rule speaks instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(reason)
                .withValidator((value, context) -> DraftField.check(validator, CloseReason.class, "reason",
                        value == null ? "" : value.strip(), key -> new Object[] {BallotLifecycleService.REASON_MAX},
                        this))
                .bind(CloseReason::reason, (draft, value) -> { });
    }

    /** Shows the tools that fit the ballot as it is now. */
    void show(BallotDetails b) {
        removeAll();
        add(new H2(getTranslation("ballots.staff")));
        if (b.status() == BallotStatus.DRAFT) {
            var edit = new Anchor(BallotNavigation.edit(b.id()), getTranslation("ballots.staff.edit"));
            edit.addClassName("button-link");
            edit.setId("ballot-edit");
            var openNow = new Button(getTranslation("ballots.staff.open"), e -> {
                try {
                    lifecycle.open(b.id());
                    afterChange.run();
                } catch (Problem problem) {
                    Toasts.problem(problem);
                }
            });
            openNow.setId("ballot-open-now");
            add(new Paragraph(getTranslation("ballots.staff.draft", Formats.dateTime(b.opensAt(), getLocale(),
                    Formats.zone()))), new Div(edit, openNow));
        }
        if (b.status() == BallotStatus.OPEN) {
            reason.setLabel(getTranslation("ballots.staff.reason"));
            reason.setMaxLength(BallotLifecycleService.REASON_MAX);
            reason.setWidthFull();
            reason.setId("ballot-close-reason-field");
            var close = new Button(getTranslation("ballots.staff.close"), e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                try {
                    lifecycle.closeEarly(b.id(), reason.getValue());
                    afterChange.run();
                } catch (Problem problem) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(problem.key(), problem.args()));
                }
            });
            close.addThemeVariants(ButtonVariant.ERROR);
            close.setId("ballot-close");
            add(new Paragraph(getTranslation("ballots.staff.open-note", b.votedCount(), b.eligibleCount())),
                    reason, close);
        }
        if (b.result().isPresent()) {
            var download = new Anchor();
            download.setText(getTranslation("ballots.staff.export"));
            download.setHref(csv(b.id()), AttachmentType.DOWNLOAD);
            download.addClassName("button-link");
            download.setId("ballot-export");
            add(download);
        }
    }

    private DownloadHandler csv(long id) {
        var locale = getLocale();
        return event -> {
            event.setFileName("ballot-" + id + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.exportCsv(id, locale, writer);
            writer.flush();
        };
    }
}
