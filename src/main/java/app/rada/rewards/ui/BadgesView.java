package app.rada.rewards.ui;

import app.rada.rewards.BadgeCatalogueService;
import app.rada.rewards.BadgeColour;
import app.rada.rewards.BadgeDraft;
import app.rada.rewards.BadgeStyle;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.StatusBadge;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

/**
 * Admins name, colour, order and retire the badges members earn. Badges are earned by fixed rules, so
 * none is added or deleted here; a retired one is no longer awarded and stays with those who earned it.
 */
@Route("admin/badges")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 816, title = "nav.admin.badges", icon = "vaadin:medal")
class BadgesView extends Main implements HasDynamicTitle {

    private final BadgeCatalogueService badges;
    private final Validator validator;
    final Grid<BadgeStyle> grid = new Grid<>();

    BadgesView(BadgeCatalogueService badges, Validator validator) {
        this.badges = badges;
        this.validator = validator;
        addClassName("list-view");
        grid.addComponentColumn(s -> {
            var name = StatusBadge.of(RewardTexts.badgeName(this, s), s.colour().styleClass());
            name.addClassName("badge-chip");
            return name;
        }).setHeader(getTranslation("catalogue.badge.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.badge().descriptionKey())).setHeader(getTranslation("catalogue.badge.rule"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.colour().labelKey())).setHeader(getTranslation("catalogue.colour"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.retired() ? "catalogue.retired" : "catalogue.in-use"))
                .setHeader(getTranslation("catalogue.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalogue.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("badges-grid");
        var section = new Section(new H2(getTranslation("catalogue.badges")),
                new Paragraph(getTranslation("catalogue.badges.intro")), grid);
        section.addClassName("card");
        add(section);
        reload();
    }

    private void reload() {
        grid.setItems(badges.styles());
    }

    private Div actions(BadgeStyle style) {
        var name = RewardTexts.badgeName(this, style);
        var edit = small(new Button(getTranslation("catalogue.rename")), getTranslation("catalogue.rename.for", name));
        edit.addClickListener(e -> edit(style));
        var up = small(new Button(VaadinIcon.ARROW_UP.create()), getTranslation("catalogue.up.for", name));
        up.addClickListener(e -> act(() -> badges.moveBadge(style.badge(), true)));
        var down = small(new Button(VaadinIcon.ARROW_DOWN.create()), getTranslation("catalogue.down.for", name));
        down.addClickListener(e -> act(() -> badges.moveBadge(style.badge(), false)));
        var toggle = small(new Button(getTranslation(style.retired() ? "catalogue.restore" : "catalogue.retire")),
                getTranslation(style.retired() ? "catalogue.restore.for" : "catalogue.retire.for", name));
        toggle.addClickListener(e -> act(() -> badges.retireBadge(style.badge(), !style.retired())));
        var box = new Div(edit, up, down, toggle);
        box.addClassName("row-actions");
        return box;
    }

    private static Button small(Button button, String label) {
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    void edit(BadgeStyle style) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("catalogue.badge.edit", getTranslation(style.badge().labelKey())));
        var nameEn = new TextField(getTranslation("catalogue.name-en"));
        var namePl = new TextField(getTranslation("catalogue.name-pl"));
        nameEn.setId("badge-name-en");
        namePl.setId("badge-name-pl");
        nameEn.setHelperText(getTranslation("catalogue.badge.name.help"));
        namePl.setHelperText(getTranslation("catalogue.badge.name.help"));
        nameEn.setValue(style.nameEn() == null ? "" : style.nameEn());
        namePl.setValue(style.namePl() == null ? "" : style.namePl());
        var colour = new Select<BadgeColour>();
        colour.setLabel(getTranslation("catalogue.colour"));
        colour.setItems(BadgeColour.values());
        colour.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        colour.setValue(style.colour());
        colour.setId("badge-colour");
        var binder = new Binder<BadgeDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(nameEn).withValidator((text, context) -> DraftField.check(validator, BadgeDraft.class,
                "nameEn", text.strip(), BadgeDraft::messageArguments, this)).bind(BadgeDraft::nameEn, (d, t) -> { });
        binder.forField(namePl).withValidator((text, context) -> DraftField.check(validator, BadgeDraft.class,
                "namePl", text.strip(), BadgeDraft::messageArguments, this)).bind(BadgeDraft::namePl, (d, t) -> { });
        binder.forField(colour).withValidator((value, context) -> DraftField.check(validator, BadgeDraft.class,
                "colour", value, BadgeDraft::messageArguments, this)).bind(BadgeDraft::colour, (d, t) -> { });
        var form = new Div(nameEn, namePl, colour);
        form.addClassName("dialog-form");
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            var status = binder.validate();
            if (status.hasErrors()) {
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
                return;
            }
            try {
                badges.saveBadge(style.badge(), BadgeDraft.typed(nameEn.getValue(), namePl.getValue(),
                        colour.getValue()));
                dialog.close();
                Toasts.success(getTranslation("common.saved"));
                reload();
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-badge");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.badges");
    }
}
