package app.rada.security.ui;

import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.SignUpRuleDraft;
import app.rada.people.SignUpRuleRow;
import app.rada.people.SignUpRules;
import app.rada.security.SsoProvider;
import app.rada.security.SsoProviders;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

/**
 * Single sign-on for administrators: the providers the installation is configured with (read only, they come
 * from its settings) and the sign-up rules that let a verified address of a domain in without an invitation.
 */
@Route("admin/sso")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 845, title = "nav.admin.sso", icon = "vaadin:key")
class SsoAdminView extends Main implements HasDynamicTitle {

    private final SignUpRules rules;
    private final Validator validator;
    final Grid<SsoProvider> providerGrid = new Grid<>();
    final Grid<SignUpRuleRow> ruleGrid = new Grid<>();
    final TextField domain = new TextField();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final Button add = new Button();
    private final Binder<SignUpRuleDraft> binder = new Binder<>();

    SsoAdminView(SsoProviders providers, SignUpRules rules, PeopleService people, Validator validator) {
        this.rules = rules;
        this.validator = validator;
        addClassName("list-view");
        add(new H1(getTranslation("nav.admin.sso")));

        providerGrid.setId("sso-provider-grid");
        providerGrid.addColumn(SsoProvider::name).setHeader(getTranslation("sso.admin.provider.name")).setAutoWidth(true);
        providerGrid.addColumn(SsoProvider::id).setHeader(getTranslation("sso.admin.provider.id")).setAutoWidth(true);
        providerGrid.addColumn(SsoProvider::issuer).setHeader(getTranslation("sso.admin.provider.issuer"))
                .setFlexGrow(1);
        providerGrid.setAllRowsVisible(true);
        providerGrid.setItems(providers.all());
        var providerSection = new Section(new H2(getTranslation("sso.admin.providers")),
                new Paragraph(getTranslation(providers.any() ? "sso.admin.providers.intro" : "sso.admin.providers.none")));
        if (providers.any()) {
            providerSection.add(providerGrid);
        }
        providerSection.addClassName("card");

        ruleGrid.setId("sso-rule-grid");
        ruleGrid.addColumn(SignUpRuleRow::domain).setHeader(getTranslation("sso.admin.rule.domain")).setAutoWidth(true);
        ruleGrid.addColumn(SignUpRuleRow::organisationName).setHeader(getTranslation("sso.admin.rule.organisation"))
                .setFlexGrow(1);
        ruleGrid.addColumn(r -> getTranslation(r.role().labelKey())).setHeader(getTranslation("sso.admin.rule.role"))
                .setAutoWidth(true);
        ruleGrid.addComponentColumn(this::removeButton).setKey("actions").setHeader(getTranslation("sso.admin.actions"))
                .setAutoWidth(true);
        ruleGrid.setAllRowsVisible(true);

        domain.setLabel(getTranslation("sso.admin.rule.domain"));
        domain.setId("sso-rule-domain");
        domain.setPlaceholder("hotel-example.pl");
        domain.setHelperText(getTranslation("sso.admin.rule.domain.help"));
        domain.setMaxLength(253);
        organisation.setLabel(getTranslation("sso.admin.rule.organisation"));
        organisation.setId("sso-rule-organisation");
        organisation.setItems(people.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        role.setLabel(getTranslation("sso.admin.rule.role"));
        role.setId("sso-rule-role");
        role.setItems(SignUpRules.ROLES);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.CUSTOMER);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(domain).withValidator((text, context) -> DraftField.check(validator, SignUpRuleDraft.class,
                "domain", new SignUpRuleDraft(text, null, null).normalised().domain(), key -> new Object[0], this))
                .bind(SignUpRuleDraft::domain, (d, t) -> { });
        binder.forField(organisation).withValidator((value, context) -> DraftField.check(validator,
                        SignUpRuleDraft.class, "organisationId", value == null ? null : value.id(), key -> new Object[0], this))
                .bind(d -> null, (d, t) -> { });
        add.setText(getTranslation("sso.admin.rule.add"));
        add.setId("sso-rule-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addRule());
        var form = new Div(domain, organisation, role, add);
        form.addClassName("dialog-form");
        var ruleSection = new Section(new H2(getTranslation("sso.admin.rules")),
                new Paragraph(getTranslation("sso.admin.rules.intro")), ruleGrid, new H2(getTranslation("sso.admin.rule.new")),
                form);
        ruleSection.addClassName("card");
        add(providerSection, ruleSection);
        reload();
    }

    private Button removeButton(SignUpRuleRow rule) {
        var label = getTranslation("sso.admin.rule.remove.for", rule.domain());
        var remove = new Button(getTranslation("sso.admin.rule.remove"));
        remove.addThemeVariants(ButtonVariant.SMALL);
        remove.getElement().setAttribute("aria-label", label);
        remove.addClickListener(e -> Confirmations.ask(getTranslation("sso.admin.rule.remove"),
                getTranslation("sso.admin.rule.remove.question", rule.domain()), getTranslation("sso.admin.rule.remove"),
                () -> {
                    try {
                        rules.remove(rule.id());
                        Toasts.success(getTranslation("sso.admin.rule.removed", rule.domain()));
                    } catch (Problem problem) {
                        Toasts.problem(problem);
                    }
                    reload();
                }));
        return remove;
    }

    void addRule() {
        var status = binder.validate();
        if (status.hasErrors()) {
            status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
            return;
        }
        try {
            var chosen = organisation.getValue();
            rules.add(new SignUpRuleDraft(domain.getValue(), chosen == null ? null : chosen.id(), role.getValue()));
            Toasts.success(getTranslation("sso.admin.rule.added", domain.getValue().strip()));
            domain.clear();
            organisation.clear();
            domain.setInvalid(false);
            organisation.setInvalid(false);
            reload();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    private void reload() {
        ruleGrid.setItems(rules.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.sso");
    }
}
