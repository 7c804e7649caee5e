package app.rada.people.ui;

import app.rada.people.InvitationRequest;
import app.rada.people.InvitationRow;
import app.rada.people.InvitationService;
import app.rada.people.InvitationState;
import app.rada.people.OrganisationOption;
import app.rada.people.OrganisationService;
import app.rada.people.RowOutcome;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StatusBadge;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.List;

/**
 * Staff invite people, one at a time or many from a pasted or uploaded list, and follow each
 * invitation: pending, accepted, expired or revoked, with resend and revoke.
 */
@Route("staff/invitations")
@RolesAllowed(Roles.STAFF)
@Menu(order = 700, title = "nav.invitations", icon = "vaadin:envelope-open")
class InvitationsView extends Main implements HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = 1_000_000;
    /** Lists longer than this are sent in the background with a progress bar. */
    static final int BACKGROUND_FROM = 50;

    private final InvitationService invitations;
    private final OrganisationService people;
    private final RadaUser user;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final Select<Language> language = new Select<>();
    final Button invite = new Button();
    /** Checks the name and address against the request's rules as they are typed. */
    final Binder<InvitationRequest> form = new Binder<>();
    private final Validator validator;

    final BulkInvitationPanel bulk;
    // the list panel's parts that tests reach by their old names
    final TextArea list;
    final UploadHandler listHandler;
    final Select<Language> listLanguage;
    final Button inviteAll;
    final ProgressBar progress;
    final Paragraph summary;
    final Grid<RowOutcome> problems;

    final TextField search = new TextField();
    final Grid<InvitationRow> grid = new Grid<>();

    InvitationsView(InvitationService invitations, OrganisationService people, Validator validator) {
        this.invitations = invitations;
        this.validator = validator;
        this.people = people;
        this.user = CurrentUser.require();
        addClassName("list-view");
        addClassName("invitations-view");
        bulk = new BulkInvitationPanel(invitations, people, () -> grid.getDataProvider().refreshAll(),
                validator);
        list = bulk.list;
        listHandler = bulk.listHandler;
        listLanguage = bulk.listLanguage;
        inviteAll = bulk.inviteAll;
        progress = bulk.progress;
        summary = bulk.summary;
        problems = bulk.problems;
        add(singleForm(), bulk, listSection());
    }

    private Section singleForm() {
        name.setLabel(getTranslation("invitations.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        email.setLabel(getTranslation("invitations.email"));
        email.setRequired(true);
        email.setErrorMessage(getTranslation("invitations.email.invalid"));
        organisation.setLabel(getTranslation("invitations.organisation"));
        organisation.setItems(people.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        role.setLabel(getTranslation("invitations.role"));
        role.setItems(user.has(Role.ADMIN) ? List.of(Role.CUSTOMER, Role.BOARD_MEMBER, Role.STAFF)
                : List.of(Role.CUSTOMER, Role.BOARD_MEMBER));
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.CUSTOMER);
        language.setLabel(getTranslation("invitations.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.closestTo(getLocale()));
        invite.setText(getTranslation("invitations.send"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setId("invite-one");
        invite.addClickListener(e -> inviteOne());
        bindRules();

        var fields = new Div(name, email, organisation, role, language, invite);
        fields.addClassName("filters");
        var section = new Section(new H2(getTranslation("invitations.single.title")), fields);
        section.addClassName("card");
        return section;
    }

    private void bindRules() {
        // the fields' own checks would show an empty message; the request's rules speak instead
        form.setDefaultValidatorsEnabled(false);
        form.forField(name).asRequired(getTranslation("invitations.name.required"))
                .withValidator((text, context) -> check("name", text.strip(), text))
                .bind(InvitationRequest::name, (request, text) -> { });
        form.forField(email).asRequired(getTranslation("invitations.email.invalid"))
                .withValidator((text, context) -> check("email", InvitationRequest.normaliseEmail(text), text))
                .bind(InvitationRequest::email, (request, text) -> { });
    }

    private ValidationResult check(String property, String value, String typed) {
        return DraftField.check(validator, InvitationRequest.class, property, value,
                key -> InvitationRequest.messageArguments(key, typed), this);
    }

    private void inviteOne() {
        if (!form.validate().isOk()) {
            return;
        }
        try {
            invitations.invite(new InvitationRequest(name.getValue(), email.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), role.getValue(),
                    language.getValue()));
            Toasts.success(getTranslation("invitations.sent", email.getValue()));
            name.clear();
            email.clear();
            name.setInvalid(false);
            email.setInvalid(false);
            grid.getDataProvider().refreshAll();
        } catch (Problem problem) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation(problem.key(), problem.args()));
        }
    }

    private Section listSection() {
        search.setLabel(getTranslation("invitations.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(InvitationRow::name).setHeader(getTranslation("invitations.name")).setAutoWidth(true);
        grid.addColumn(InvitationRow::email).setHeader(getTranslation("invitations.email")).setAutoWidth(true);
        grid.addColumn(r -> r.organisationName() == null ? "" : r.organisationName())
                .setHeader(getTranslation("invitations.organisation")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.role().labelKey())).setHeader(getTranslation("invitations.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            return StatusBadge.of(getTranslation(r.state().labelKey()), "state", r.state());
        }).setHeader(getTranslation("invitations.state")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("invitations.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("invitations.actions")).setAutoWidth(true);
        grid.setItems(query -> invitations.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) invitations.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("invitations.empty"));
        grid.setId("invitations-grid");
        var section = new Section(new H2(getTranslation("invitations.list.title")), search, grid);
        section.addClassName("card");
        return section;
    }

    private Div actions(InvitationRow row) {
        var box = new Div();
        box.addClassName("row-actions");
        if (row.state() != InvitationState.ACCEPTED) {
            var resend = new Button(getTranslation("invitations.resend"), e -> act(() -> invitations.resend(row.id()),
                    getTranslation("invitations.resent", row.email())));
            resend.addThemeVariants(ButtonVariant.SMALL);
            resend.getElement().setAttribute("aria-label", getTranslation("invitations.resend.for", row.email()));
            box.add(resend);
        }
        if (row.state() == InvitationState.PENDING) {
            var revoke = new Button(getTranslation("invitations.revoke"), e -> act(() -> invitations.revoke(row.id()),
                    getTranslation("invitations.revoked", row.email())));
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            revoke.getElement().setAttribute("aria-label", getTranslation("invitations.revoke.for", row.email()));
            box.add(revoke);
        }
        return box;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Toasts.success(done);
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invitations");
    }
}
