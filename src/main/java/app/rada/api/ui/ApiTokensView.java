package app.rada.api.ui;

import app.rada.api.ApiScope;
import app.rada.api.ApiTokenRow;
import app.rada.api.ApiTokenService;
import app.rada.api.TokenDraft;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Administrators create, name, scope and revoke the tokens other systems call the REST API with. A new token is
 * shown once, with a button that copies it; afterwards only its first characters are shown.
 */
@Route("admin/api-tokens")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 855, title = "nav.admin.api-tokens", icon = "vaadin:key")
class ApiTokensView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Button create = new Button();
    /** The token just created; visible only until the page is left. */
    final TextField created = new TextField();
    final Button copy = new Button();
    final Grid<ApiTokenRow> grid = new Grid<>();

    private final ApiTokenService tokens;
    private final Validator validator;
    private final ZoneId zone = Formats.zone();

    ApiTokensView(ApiTokenService tokens, Validator validator) {
        this.tokens = tokens;
        this.validator = validator;
        addClassName("list-view");

        name.setLabel(getTranslation("api.tokens.name"));
        name.setHelperText(getTranslation("api.tokens.name.helper"));
        name.setMaxLength(TokenDraft.NAME_MAX);
        name.setId("api-token-name");
        scopes.setLabel(getTranslation("api.tokens.scopes"));
        scopes.setHelperText(getTranslation("api.tokens.scopes.helper"));
        scopes.setItems(ApiScope.WRITE, ApiScope.STAFF, ApiScope.ADMIN);
        scopes.setItemLabelGenerator(scope -> getTranslation(scope.labelKey()));
        scopes.setId("api-token-scopes");
        create.setText(getTranslation("api.tokens.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("api-token-create");

        var binder = new Binder<TokenDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator((text, context) -> DraftField.check(validator, TokenDraft.class, "name",
                text.strip(), TokenDraft::messageArguments, this)).bind(TokenDraft::name, (d, t) -> { });
        create.addClickListener(e -> create(binder));

        created.setLabel(getTranslation("api.tokens.created.label"));
        created.setHelperText(getTranslation("api.tokens.created"));
        created.setReadOnly(true);
        created.setWidthFull();
        created.setId("api-token-value");
        copy.setText(getTranslation("api.tokens.copy"));
        copy.setId("api-token-copy");
        // copied in the browser, inside the click itself, which is what lets a page write to the clipboard
        copy.getElement().executeJs("this.addEventListener('click', () => navigator.clipboard"
                + " && navigator.clipboard.writeText($0.value))", created.getElement());
        copy.addClickListener(e -> Toasts.success(getTranslation("api.tokens.copied")));
        var shown = new Div(created, copy);
        shown.addClassName("filters");
        shown.setVisible(false);
        shown.setId("api-token-created");
        created.addValueChangeListener(e -> shown.setVisible(!e.getValue().isEmpty()));

        var docs = new Anchor("/api/docs", getTranslation("api.tokens.docs"));
        docs.setRouterIgnore(true);
        docs.setId("api-docs-link");
        var form = new Div(name, scopes, create);
        form.addClassName("filters");
        var createSection = new Section(new H2(getTranslation("api.tokens.title")),
                new Paragraph(getTranslation("api.tokens.intro")), docs, form, shown);
        createSection.addClassName("card");

        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("api.tokens.column.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> r.prefix() + "…").setHeader(getTranslation("api.tokens.column.prefix")).setAutoWidth(true);
        grid.addColumn(r -> r.scopes().stream().sorted().map(s -> getTranslation(s.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("api.tokens.column.scopes"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.ownerName().orElse(getTranslation("api.tokens.former-member")))
                .setHeader(getTranslation("api.tokens.column.owner")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale(), zone))
                .setHeader(getTranslation("api.tokens.column.created")).setAutoWidth(true);
        grid.addColumn(r -> r.lastUsedAt() == null ? getTranslation("api.tokens.never")
                        : Formats.dateTime(r.lastUsedAt(), getLocale(), zone))
                .setHeader(getTranslation("api.tokens.column.last-used")).setAutoWidth(true);
        grid.addColumn(r -> r.revokedAt() == null ? getTranslation("api.tokens.active")
                        : getTranslation("api.tokens.revoked", Formats.dateTime(r.revokedAt(), getLocale(), zone)))
                .setHeader(getTranslation("api.tokens.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("api.tokens.empty"));
        grid.setId("api-tokens-grid");
        grid.setItems(query -> tokens.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, tokens.count()));

        add(createSection, grid);
        setSizeFull();
    }

    private void create(Binder<TokenDraft> binder) {
        var status = binder.validate();
        if (status.hasErrors()) {
            return;
        }
        try {
            var token = tokens.create(new TokenDraft(name.getValue(),
                    scopes.getValue().isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes.getValue())));
            created.setValue(token.token());
            name.clear();
            scopes.clear();
            grid.getDataProvider().refreshAll();
            created.focus();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    private Button revokeButton(ApiTokenRow row) {
        var button = new Button(getTranslation("api.tokens.revoke"));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        button.setId("revoke-" + row.id());
        button.setEnabled(!row.revoked());
        button.getElement().setAttribute("aria-label", getTranslation("api.tokens.revoke") + " " + row.name());
        button.addClickListener(e -> Confirmations.ask(getTranslation("api.tokens.revoke"),
                getTranslation("api.tokens.revoke.confirm", row.name()), getTranslation("api.tokens.revoke"), () -> {
                    tokens.revoke(row.id());
                    Toasts.success(getTranslation("api.tokens.revoke.done", row.name()));
                    grid.getDataProvider().refreshAll();
                }).open());
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.title");
    }
}
