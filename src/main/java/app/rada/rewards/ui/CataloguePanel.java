package app.rada.rewards.ui;

import app.rada.rewards.CatalogueService;
import app.rada.rewards.RewardItem;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/** The admin's catalogue: every reward, offered or withdrawn, and the editor for one. */
class CataloguePanel extends Section {

    private final CatalogueService catalogue;
    private final Language language;
    private final Validator validator;

    final Grid<RewardItem> items = new Grid<>();
    @Nullable RewardForm form;

    CataloguePanel(CatalogueService catalogue, Language language, Validator validator) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.language = language;
        addClassName("card");
        setId("catalogue-section");
        items.setId("catalogue-grid");
        items.addColumn(i -> i.name(language)).setHeader(getTranslation("rewards.column.reward")).setFlexGrow(2);
        items.addColumn(i -> getTranslation("rewards.points.value", i.cost()))
                .setHeader(getTranslation("rewards.column.cost")).setAutoWidth(true);
        items.addColumn(RewardItem::stock).setHeader(getTranslation("rewards.column.stock")).setAutoWidth(true);
        items.addColumn(i -> getTranslation(i.active() ? "rewards.staff.catalogue.offered"
                : "rewards.staff.catalogue.withdrawn")).setHeader(getTranslation("rewards.column.status"))
                .setAutoWidth(true);
        items.addComponentColumn(i -> {
            var edit = new Button(getTranslation("rewards.staff.catalogue.edit"), e -> openForm(i));
            edit.setId("edit-reward-" + i.id());
            edit.addThemeVariants(ButtonVariant.SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("rewards.staff.catalogue.edit.label",
                    i.name(language)));
            return edit;
        }).setHeader(getTranslation("rewards.column.actions")).setAutoWidth(true);
        items.setItems(q -> catalogue.allItems(q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalogue.countAllItems());
        items.setEmptyStateText(getTranslation("rewards.catalogue.empty"));
        var create = new Button(getTranslation("rewards.staff.catalogue.new"), e -> openForm(null));
        create.setId("new-reward");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("rewards.staff.catalogue")), create, items);
    }

    void openForm(@Nullable RewardItem item) {
        var dialog = new Dialog();
        var f = new RewardForm(item, validator);
        form = f;
        dialog.setHeaderTitle(getTranslation(item == null ? "rewards.staff.catalogue.new"
                : "rewards.staff.catalogue.edit"));
        dialog.add(f);
        f.save.addClickListener(e -> {
            if (!f.binder.validate().isOk()) {
                return;
            }
            try {
                if (item == null) {
                    catalogue.create(f.draft(), f.image());
                } else {
                    catalogue.update(item.id(), f.draft(), f.image(), f.removeImage.getValue());
                }
                dialog.close();
                items.getDataProvider().refreshAll();
                Toasts.success(getTranslation("common.saved"));
            } catch (Problem problem) {
                f.error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        var cancel = new Button(getTranslation("rewards.staff.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, f.save);
        dialog.open();
    }
}
