package app.rada.ideas.ui;

import app.rada.ideas.CategoryDraft;
import app.rada.ideas.CategoryOption;
import app.rada.ideas.DepartmentDraft;
import app.rada.ideas.DepartmentOption;
import app.rada.ideas.DepartmentService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.DraftField;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep the categories ideas are filed under and the departments staff assign them to: add, rename,
 * put in order, retire and bring back. Nothing is deleted, as ideas keep what they were given.
 */
@Route("admin/catalogue")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 815, title = "nav.admin.catalogue", icon = "vaadin:tags")
class CatalogueView extends Main implements HasDynamicTitle {

    private final IdeaCategoryService categoryService;
    private final DepartmentService departmentService;
    private final Validator validator;
    private final Language language;
    final Grid<CategoryOption> categories = new Grid<>();
    final Grid<DepartmentOption> departments = new Grid<>();

    CatalogueView(IdeaCategoryService categoryService, DepartmentService departmentService, Validator validator) {
        this.categoryService = categoryService;
        this.departmentService = departmentService;
        this.validator = validator;
        this.language = Language.closestTo(getLocale());
        addClassName("list-view");

        categories.addColumn(c -> c.name(language)).setHeader(getTranslation("catalogue.category.name"))
                .setAutoWidth(true).setFlexGrow(1);
        categories.addColumn(c -> c.name(language == Language.PL ? Language.EN : Language.PL))
                .setHeader(getTranslation(language == Language.PL ? "catalogue.name-en" : "catalogue.name-pl"))
                .setAutoWidth(true);
        categories.addColumn(c -> state(c.retired())).setHeader(getTranslation("catalogue.state"))
                .setAutoWidth(true);
        categories.addComponentColumn(c -> actions(c.name(language), c.retired(),
                () -> editCategory(c), up -> move(() -> categoryService.moveCategory(c.id(), up)),
                retire -> change(() -> categoryService.retireCategory(c.id(), retire))))
                .setHeader(getTranslation("catalogue.actions")).setAutoWidth(true);
        categories.setAllRowsVisible(true);
        categories.setId("categories-grid");
        var newCategory = new Button(getTranslation("catalogue.category.new"), e -> editCategory(null));
        newCategory.setId("new-category");
        var categorySection = new Section(new H2(getTranslation("catalogue.categories")),
                new Paragraph(getTranslation("catalogue.categories.intro")), categories, newCategory);
        categorySection.addClassName("card");

        departments.addColumn(DepartmentOption::name).setHeader(getTranslation("catalogue.department.name"))
                .setAutoWidth(true).setFlexGrow(1);
        departments.addColumn(d -> state(d.retired())).setHeader(getTranslation("catalogue.state"))
                .setAutoWidth(true);
        departments.addComponentColumn(d -> actions(d.name(), d.retired(), () -> editDepartment(d),
                up -> move(() -> departmentService.moveDepartment(d.id(), up)),
                retire -> change(() -> departmentService.retireDepartment(d.id(), retire))))
                .setHeader(getTranslation("catalogue.actions")).setAutoWidth(true);
        departments.setAllRowsVisible(true);
        departments.setId("departments-grid");
        var newDepartment = new Button(getTranslation("catalogue.department.new"), e -> editDepartment(null));
        newDepartment.setId("new-department");
        var departmentSection = new Section(new H2(getTranslation("catalogue.departments")),
                new Paragraph(getTranslation("catalogue.departments.intro")), departments, newDepartment);
        departmentSection.addClassName("card");

        add(categorySection, departmentSection);
        reload();
    }

    private void reload() {
        categories.setItems(categoryService.categories());
        departments.setItems(departmentService.departments());
    }

    private String state(boolean retired) {
        return getTranslation(retired ? "catalogue.retired" : "catalogue.in-use");
    }

    private Div actions(String name, boolean retired, Runnable edit, java.util.function.Consumer<Boolean> move,
                        java.util.function.Consumer<Boolean> retire) {
        var rename = small(new Button(getTranslation("catalogue.rename")), getTranslation("catalogue.rename.for", name));
        rename.addClickListener(e -> edit.run());
        var up = small(new Button(VaadinIcon.ARROW_UP.create()), getTranslation("catalogue.up.for", name));
        up.addClickListener(e -> move.accept(true));
        var down = small(new Button(VaadinIcon.ARROW_DOWN.create()), getTranslation("catalogue.down.for", name));
        down.addClickListener(e -> move.accept(false));
        var toggle = small(new Button(getTranslation(retired ? "catalogue.restore" : "catalogue.retire")),
                getTranslation(retired ? "catalogue.restore.for" : "catalogue.retire.for", name));
        toggle.addClickListener(e -> retire.accept(!retired));
        var box = new Div(rename, up, down, toggle);
        box.addClassName("row-actions");
        return box;
    }

    private static Button small(Button button, String label) {
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    private void move(Runnable action) {
        action.run();
        reload();
    }

    private void change(Runnable action) {
        try {
            action.run();
            Toasts.success(getTranslation("common.saved"));
            reload();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    void editCategory(@Nullable CategoryOption category) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(category == null ? "catalogue.category.new" : "catalogue.category.rename"));
        var nameEn = new TextField(getTranslation("catalogue.name-en"));
        var namePl = new TextField(getTranslation("catalogue.name-pl"));
        nameEn.setId("category-name-en");
        namePl.setId("category-name-pl");
        nameEn.setMaxLength(CategoryDraft.NAME_MAX);
        namePl.setMaxLength(CategoryDraft.NAME_MAX);
        if (category != null) {
            nameEn.setValue(category.nameEn());
            namePl.setValue(category.namePl());
        }
        var binder = new Binder<CategoryDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(nameEn).withValidator((text, context) -> DraftField.check(validator, CategoryDraft.class,
                "nameEn", text.strip(), CategoryDraft::messageArguments, this)).bind(CategoryDraft::nameEn, (d, t) -> { });
        binder.forField(namePl).withValidator((text, context) -> DraftField.check(validator, CategoryDraft.class,
                "namePl", text.strip(), CategoryDraft::messageArguments, this)).bind(CategoryDraft::namePl, (d, t) -> { });
        save(dialog, new Div(nameEn, namePl), "save-category", binder, () -> {
            var draft = CategoryDraft.typed(nameEn.getValue(), namePl.getValue());
            if (category == null) {
                categoryService.createCategory(draft);
            } else {
                categoryService.renameCategory(category.id(), draft);
            }
        });
    }

    void editDepartment(@Nullable DepartmentOption department) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(department == null ? "catalogue.department.new"
                : "catalogue.department.rename"));
        var name = new TextField(getTranslation("catalogue.department.name"));
        name.setId("department-name");
        name.setHelperText(getTranslation("catalogue.department.help"));
        if (department != null) {
            name.setValue(department.name());
        }
        var binder = new Binder<DepartmentDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator((text, context) -> DraftField.check(validator, DepartmentDraft.class,
                "name", text.strip(), DepartmentDraft::messageArguments, this)).bind(DepartmentDraft::name, (d, t) -> { });
        save(dialog, new Div(name), "save-department", binder, () -> {
            var draft = DepartmentDraft.typed(name.getValue());
            if (department == null) {
                departmentService.createDepartment(draft);
            } else {
                departmentService.renameDepartment(department.id(), draft);
            }
        });
    }

    private void save(Dialog dialog, Div form, String id, Binder<?> binder, Runnable action) {
        form.addClassName("dialog-form");
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            var status = binder.validate();
            if (status.hasErrors()) {
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
                return;
            }
            try {
                action.run();
                dialog.close();
                Toasts.success(getTranslation("common.saved"));
                reload();
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(id);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.catalogue");
    }
}
