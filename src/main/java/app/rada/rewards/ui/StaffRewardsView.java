package app.rada.rewards.ui;

import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.ImageUpload;
import app.rada.rewards.PointRule;
import app.rada.rewards.Redemption;
import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardItem;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.LimitedUpload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Staff's rewards desk: the queue of redemptions to approve, reject (with a reason the member reads) or
 * mark as handed over, and points added or taken by hand. Admins also keep the catalogue and the point
 * rules here.
 */
@Route(RewardNavigation.STAFF)
@RolesAllowed(Roles.STAFF)
@Menu(order = 720, title = "nav.staff-rewards", icon = "vaadin:gift")
@StyleSheet("styles/rewards.css")
class StaffRewardsView extends Main implements HasDynamicTitle {

    /** Which redemptions the queue shows. */
    enum QueueFilter {
        OPEN(CatalogueService.OPEN),
        PENDING(EnumSet.of(RedemptionStatus.PENDING)),
        APPROVED(EnumSet.of(RedemptionStatus.APPROVED)),
        FULFILLED(EnumSet.of(RedemptionStatus.FULFILLED)),
        REJECTED(EnumSet.of(RedemptionStatus.REJECTED));

        final Set<RedemptionStatus> statuses;

        QueueFilter(java.util.Collection<RedemptionStatus> statuses) {
            this.statuses = Set.copyOf(statuses);
        }

        String labelKey() {
            return "rewards.staff.queue." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final RewardService rewards;
    private final CatalogueService catalogue;
    private final Language language;

    final Select<QueueFilter> filter = new Select<>();
    final Grid<Redemption> queue = new Grid<>();
    final ComboBox<PersonName> person = new ComboBox<>();
    final Span balance = new Span();
    final IntegerField amount = new IntegerField();
    final TextField reason = new TextField();
    final Button award = new Button();
    final Button deduct = new Button();
    final @Nullable Grid<RewardItem> items;
    final Map<app.rada.rewards.EntryKind, IntegerField[]> ruleFields = new LinkedHashMap<>();
    final @Nullable Button saveRules;
    @Nullable RewardForm form;
    @Nullable Dialog rejectDialog;

    StaffRewardsView(RewardService rewards, CatalogueService catalogue, PeopleService people) {
        this.rewards = rewards;
        this.catalogue = catalogue;
        var me = CurrentUser.require();
        this.language = me.language();
        addClassNames("list-view", "staff-rewards-view");
        add(new H1(getTranslation("rewards.staff.title")), new Paragraph(getTranslation("rewards.staff.intro")));
        add(queueSection());
        add(manualSection(people));
        if (me.has(Role.ADMIN)) {
            items = new Grid<>();
            add(catalogueSection(items));
            saveRules = new Button();
            add(rulesSection(saveRules));
        } else {
            items = null;
            saveRules = null;
        }
    }

    // --- the queue

    private Section queueSection() {
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
        return section("rewards.staff.queue", "redemption-queue-section", new Div(filter), queue);
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
                Notification.show(getTranslation(doneKey, name), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (Problem problem) {
                problem(problem);
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
        var confirm = new Button(getTranslation("rewards.staff.reject"), e -> {
            try {
                catalogue.reject(r.id(), why.getValue());
                dialog.close();
                Notification.show(getTranslation("rewards.staff.rejected", r.name(language)), 3000,
                        Notification.Position.BOTTOM_START);
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

    // --- by hand

    private Section manualSection(PeopleService people) {
        person.setLabel(getTranslation("rewards.staff.manual.person"));
        person.setItemLabelGenerator(PersonName::name);
        person.setClearButtonVisible(true);
        person.setId("manual-person");
        com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<PersonName, String> fetch = query -> {
            var text = query.getFilter().orElse("");
            return query.getOffset() > 0 || text.isBlank() ? Stream.empty()
                    : people.mentionable(text, Math.min(query.getLimit(), 20)).stream();
        };
        person.setItems(fetch);
        person.addValueChangeListener(e -> showBalance());
        balance.setId("manual-balance");
        amount.setLabel(getTranslation("rewards.staff.manual.points"));
        amount.setMin(1);
        amount.setMax(RewardService.MANUAL_MAX);
        amount.setStepButtonsVisible(true);
        amount.setId("manual-points");
        reason.setLabel(getTranslation("rewards.staff.manual.reason"));
        reason.setMaxLength(RewardService.REASON_MAX);
        reason.setId("manual-reason");
        reason.setWidthFull();
        award.setText(getTranslation("rewards.staff.manual.award"));
        award.addThemeVariants(ButtonVariant.PRIMARY);
        award.setId("manual-award");
        award.addClickListener(e -> adjust(true));
        deduct.setText(getTranslation("rewards.staff.manual.deduct"));
        deduct.setId("manual-deduct");
        deduct.addClickListener(e -> adjust(false));
        var fields = new Div(person, amount);
        fields.addClassName("filters");
        var buttons = new Div(award, deduct);
        buttons.addClassName("row-actions");
        return section("rewards.staff.manual", "manual-section", new Paragraph(getTranslation("rewards.staff.manual.intro")),
                fields, balance, reason, buttons);
    }

    private void showBalance() {
        var chosen = person.getValue();
        if (chosen == null) {
            balance.setText("");
            return;
        }
        var points = rewards.pointsOf(chosen.id());
        balance.setText(getTranslation("rewards.staff.manual.balance", chosen.name(), points.lifetime(),
                points.spendable()));
    }

    void adjust(boolean add) {
        var chosen = person.getValue();
        // a number below 1 goes on to the service, which refuses it with the allowed range
        if (chosen == null || amount.getValue() == null) {
            Notification.show(getTranslation("rewards.staff.manual.incomplete"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        try {
            if (add) {
                rewards.award(chosen.id(), amount.getValue(), reason.getValue());
            } else {
                rewards.deduct(chosen.id(), amount.getValue(), reason.getValue());
            }
            Notification.show(getTranslation(add ? "rewards.staff.manual.awarded" : "rewards.staff.manual.deducted",
                    amount.getValue(), chosen.name()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            amount.clear();
            reason.clear();
            showBalance();
        } catch (Problem problem) {
            problem(problem);
        }
    }

    // --- admins: the catalogue

    private Section catalogueSection(Grid<RewardItem> grid) {
        grid.setId("catalogue-grid");
        grid.addColumn(i -> i.name(language)).setHeader(getTranslation("rewards.column.reward")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("rewards.points.value", i.cost()))
                .setHeader(getTranslation("rewards.column.cost")).setAutoWidth(true);
        grid.addColumn(RewardItem::stock).setHeader(getTranslation("rewards.column.stock")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.active() ? "rewards.staff.catalogue.offered"
                : "rewards.staff.catalogue.withdrawn")).setHeader(getTranslation("rewards.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            var edit = new Button(getTranslation("rewards.staff.catalogue.edit"), e -> openForm(i));
            edit.setId("edit-reward-" + i.id());
            edit.addThemeVariants(ButtonVariant.SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("rewards.staff.catalogue.edit.label",
                    i.name(language)));
            return edit;
        }).setHeader(getTranslation("rewards.column.actions")).setAutoWidth(true);
        grid.setItems(q -> catalogue.allItems(q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalogue.countAllItems());
        grid.setEmptyStateText(getTranslation("rewards.catalogue.empty"));
        var create = new Button(getTranslation("rewards.staff.catalogue.new"), e -> openForm(null));
        create.setId("new-reward");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        return section("rewards.staff.catalogue", "catalogue-section", create, grid);
    }

    void openForm(@Nullable RewardItem item) {
        var dialog = new Dialog();
        var f = new RewardForm(item);
        form = f;
        dialog.setHeaderTitle(getTranslation(item == null ? "rewards.staff.catalogue.new"
                : "rewards.staff.catalogue.edit"));
        dialog.add(f);
        f.save.addClickListener(e -> {
            try {
                if (item == null) {
                    catalogue.create(f.draft(), f.image());
                } else {
                    catalogue.update(item.id(), f.draft(), f.image(), f.removeImage.getValue());
                }
                dialog.close();
                if (items != null) {
                    items.getDataProvider().refreshAll();
                }
                Notification.show(getTranslation("common.saved"), 2000, Notification.Position.BOTTOM_START);
            } catch (Problem problem) {
                f.error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        var cancel = new Button(getTranslation("rewards.staff.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, f.save);
        dialog.open();
    }

    /** The reward's fields; it calls no service. */
    static class RewardForm extends Div {

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
        private @Nullable ImageUpload uploaded;

        RewardForm(@Nullable RewardItem item) {
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

    // --- admins: the point rules

    private Section rulesSection(Button save) {
        var rows = new Div();
        rows.addClassName("rule-rows");
        rows.setId("rule-rows");
        for (PointRule rule : rewards.rules()) {
            var label = getTranslation(rule.kind().labelKey());
            var points = new IntegerField(getTranslation("rewards.staff.rules.points.short"));
            points.setAriaLabel(getTranslation("rewards.staff.rules.points", label));
            points.setMin(0);
            points.setMax(PointRule.POINTS_MAX);
            points.setValue(rule.points());
            points.setId("rule-points-" + rule.kind().name().toLowerCase());
            var cap = new IntegerField(getTranslation("rewards.staff.rules.cap.short"));
            cap.setAriaLabel(getTranslation("rewards.staff.rules.cap", label));
            cap.setMin(0);
            cap.setMax(PointRule.CAP_MAX);
            cap.setValue(rule.dailyCap());
            cap.setPlaceholder(getTranslation("rewards.staff.rules.cap.none"));
            cap.setId("rule-cap-" + rule.kind().name().toLowerCase());
            ruleFields.put(rule.kind(), new IntegerField[] {points, cap});
            var name = new Span(label);
            name.addClassName("rule-name");
            var row = new Div(name, points, cap);
            row.addClassName("rule-row");
            rows.add(row);
        }
        save.setText(getTranslation("rewards.staff.rules.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("rules-save");
        save.addClickListener(e -> saveRules());
        return section("rewards.staff.rules", "rules-section", new Paragraph(getTranslation("rewards.staff.rules.intro")),
                rows, save);
    }

    void saveRules() {
        var current = new LinkedHashMap<app.rada.rewards.EntryKind, PointRule>();
        rewards.rules().forEach(r -> current.put(r.kind(), r));
        var changed = new ArrayList<String>();
        try {
            for (var entry : ruleFields.entrySet()) {
                var points = entry.getValue()[0].getValue();
                var cap = entry.getValue()[1].getValue();
                var before = current.get(entry.getKey());
                var wanted = new PointRule(entry.getKey(), points == null ? -1 : points, cap);
                if (!wanted.equals(before)) {
                    rewards.changeRule(entry.getKey(), wanted.points(), cap);
                    changed.add(getTranslation(entry.getKey().labelKey()));
                }
            }
            Notification.show(changed.isEmpty() ? getTranslation("rewards.staff.rules.unchanged")
                    : getTranslation("rewards.staff.rules.saved", String.join(", ", changed)), 3000,
                    Notification.Position.BOTTOM_START);
        } catch (Problem problem) {
            problem(problem);
        }
    }

    // --- helpers

    private void problem(Problem problem) {
        Notification.show(getTranslation(problem.key(), problem.args()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    private Section section(String titleKey, String id, Component... content) {
        return Cards.section(getTranslation(titleKey), id, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-rewards");
    }
}
