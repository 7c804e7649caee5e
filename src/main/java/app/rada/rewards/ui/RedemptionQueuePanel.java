package app.rada.rewards.ui;

import app.rada.rewards.CatalogueService;
import app.rada.rewards.Redemption;
import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RejectionReason;
import app.rada.rewards.ui.StaffRewardsView.QueueFilter;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import app.rada.rewards.RedemptionExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The queue of redemptions: staff approve, reject (with a reason the member reads) or hand over. */
class RedemptionQueuePanel extends Section {

    /** The approved redemptions still to hand over, as a CSV file. */
    final Anchor download = new Anchor();

    private final CatalogueService catalogue;
    private final Language language;
    private final Validator validator;

    final Select<QueueFilter> filter = new Select<>();
    final Grid<Redemption> queue = new Grid<>();
    @Nullable Dialog rejectDialog;
    @Nullable TextArea rejectReason;

    RedemptionQueuePanel(CatalogueService catalogue, RedemptionExport export, Language language, Validator validator) {
        this.catalogue = catalogue;
        this.language = language;
        this.validator = validator;
        addClassName("card");
        setId("redemption-queue-section");

        filter.setLabel(getTranslation("rewards.staff.queue.filter"));
        filter.setItems(QueueFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        filter.setValue(QueueFilter.OPEN);
        filter.setId("redemption-filter");
        filter.addValueChangeListener(e -> queue.getDataProvider().refreshAll());

        queue.setId("redemption-queue");
        queue.addColumn(r -> r.personName().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("rewards.column.member")).setFlexGrow(2);
        queue.addColumn(r -> r.name(language)).setHeader(getTranslation("rewards.column.reward")).setFlexGrow(2);
        queue.addColumn(r -> getTranslation("rewards.points.value", r.cost()))
                .setHeader(getTranslation("rewards.column.cost")).setAutoWidth(true);
        queue.addColumn(r -> Formats.dateTime(r.requestedAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("rewards.column.requested")).setAutoWidth(true);
        queue.addComponentColumn(r -> RewardTexts.status(this, r.status()))
                .setHeader(getTranslation("rewards.column.status")).setAutoWidth(true);
        queue.addComponentColumn(this::actions).setHeader(getTranslation("rewards.column.actions")).setAutoWidth(true)
                .setKey("actions");
        queue.setItems(q -> catalogue.queue(filter.getValue().statuses, q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalogue.countQueue(filter.getValue().statuses));
        queue.setEmptyStateText(getTranslation("rewards.staff.queue.empty"));
        var locale = getLocale();
        download.setText(getTranslation("exports.redemptions.download"));
        download.setHref((DownloadHandler) event -> {
            event.setFileName("redemptions-to-hand-over.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.exportCsv(locale, writer);
            writer.flush();
        }, AttachmentType.DOWNLOAD);
        download.setId("redemptions-export");
        download.addClassName("button-link");
        var top = new Div(filter, download);
        top.addClassName("filters");
        add(new H2(getTranslation("rewards.staff.queue")), top, queue);
    }

    private Component actions(Redemption r) {
        var box = new Div();
        box.addClassName("row-actions");
        var name = r.name(language);
        if (r.status() == RedemptionStatus.PENDING) {
            box.add(action("rewards.staff.approve", "approve-" + r.id(), name, () -> catalogue.approve(r.id()),
                    "rewards.staff.approved"));
        }
        if (r.status() == RedemptionStatus.APPROVED) {
            box.add(action("rewards.staff.fulfil", "fulfil-" + r.id(), name, () -> catalogue.fulfil(r.id()),
                    "rewards.staff.fulfilled"));
        }
        if (r.status() == RedemptionStatus.PENDING || r.status() == RedemptionStatus.APPROVED) {
            var reject = new Button(getTranslation("rewards.staff.reject"), e -> openReject(r));
            reject.setId("reject-" + r.id());
            reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            reject.getElement().setAttribute("aria-label", getTranslation("rewards.staff.reject.label", name,
                    r.personName().orElse("")));
            box.add(reject);
        }
        return box;
    }

    private Button action(String labelKey, String id, String name, Runnable work, String doneKey) {
        var button = new Button(getTranslation(labelKey), e -> {
            try {
                work.run();
                Toasts.success(getTranslation(doneKey, name));
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
            queue.getDataProvider().refreshAll();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey + ".label", name));
        return button;
    }

    void openReject(Redemption r) {
        var dialog = new Dialog();
        rejectDialog = dialog;
        dialog.setHeaderTitle(getTranslation("rewards.staff.reject.title", r.name(language)));
        var why = new TextArea(getTranslation("rewards.staff.reject.reason"));
        why.setMaxLength(Redemption.NOTE_MAX);
        why.setWidthFull();
        why.setId("reject-reason");
        rejectReason = why;
        var rule = new Binder<RejectionReason>();
        // the field's own length check would show an empty message; the reason's rules speak instead
        rule.setDefaultValidatorsEnabled(false);
        rule.forField(why)
                .withValidator((value, context) -> DraftField.check(validator, RejectionReason.class, "reason",
                        value == null ? "" : value.strip(), RejectionReason::messageArguments, this))
                .bind(RejectionReason::reason, (draft, value) -> { });
        var confirm = new Button(getTranslation("rewards.staff.reject"), e -> {
            if (rule.validate().hasErrors()) {
                return;
            }
            try {
                catalogue.reject(r.id(), why.getValue());
                dialog.close();
                Toasts.success(getTranslation("rewards.staff.rejected", r.name(language)));
                queue.getDataProvider().refreshAll();
            } catch (Problem problem) {
                why.setInvalid(true);
                why.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.ERROR);
        confirm.setId("reject-confirm");
        var cancel = new Button(getTranslation("rewards.staff.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("rewards.staff.reject.text", r.cost())), why);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
