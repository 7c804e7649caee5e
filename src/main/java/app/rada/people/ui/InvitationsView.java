package app.rada.people.ui;

import app.rada.people.InvitationCsv;
import app.rada.people.InvitationRequest;
import app.rada.people.InvitationRow;
import app.rada.people.InvitationService;
import app.rada.people.InvitationState;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.RowOutcome;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.LimitedUpload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Staff invite people, one at a time or many from a pasted or uploaded list, and follow each
 * invitation: pending, accepted, expired or revoked, with resend and revoke.
 */
@Route("staff/invitations")
@RolesAllowed(Roles.STAFF)
@Menu(order = 700, title = "nav.invitations", icon = "vaadin:envelope-open")
class InvitationsView extends Main implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InvitationsView.class);
    static final int MAX_UPLOAD_BYTES = 1_000_000;
    /** Lists longer than this are sent in the background with a progress bar. */
    static final int BACKGROUND_FROM = 50;

    private final InvitationService invitations;
    private final PeopleService people;
    private final RadaUser user;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final Select<Language> language = new Select<>();
    final Button invite = new Button();

    final TextArea list = new TextArea();
    UploadHandler listHandler;
    final Select<Language> listLanguage = new Select<>();
    final Button inviteAll = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<RowOutcome> problems = new Grid<>();

    final TextField search = new TextField();
    final Grid<InvitationRow> grid = new Grid<>();

    InvitationsView(InvitationService invitations, PeopleService people) {
        this.invitations = invitations;
        this.people = people;
        this.user = CurrentUser.require();
        addClassName("list-view");
        addClassName("invitations-view");
        add(singleForm(), bulkForm(), listSection());
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

        var fields = new Div(name, email, organisation, role, language, invite);
        fields.addClassName("filters");
        var section = new Section(new H2(getTranslation("invitations.single.title")), fields);
        section.addClassName("card");
        return section;
    }

    private void inviteOne() {
        if (name.isEmpty() || email.isEmpty() || email.isInvalid()) {
            name.setInvalid(name.isEmpty());
            name.setErrorMessage(getTranslation("invitations.name.required"));
            email.setInvalid(email.isEmpty() || email.isInvalid());
            return;
        }
        try {
            invitations.invite(new InvitationRequest(name.getValue(), email.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), role.getValue(),
                    language.getValue()));
            Notification.show(getTranslation("invitations.sent", email.getValue()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
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

    private Section bulkForm() {
        list.setLabel(getTranslation("invitations.bulk.label"));
        list.setHelperText(getTranslation("invitations.bulk.help"));
        list.setWidthFull();
        list.setMinHeight("8rem");
        list.setId("invite-list");

        listHandler = LimitedUpload.inMemory(MAX_UPLOAD_BYTES, 1, (name, data) -> {
            var text = decode(data);
            if (text == null) {
                showError(getTranslation("invitations.bulk.not-text"));
            } else {
                list.setValue(text);
            }
        }, name -> showError(getTranslation("invitations.bulk.rejected")));
        var upload = new Upload(listHandler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
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
        var section = new Section(new H2(getTranslation("invitations.bulk.title")), list, upload, actions, progress,
                summary, problems);
        section.addClassName("card");
        return section;
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
        var rows = InvitationCsv.parse(list.getValue(), people::organisationIdByName, listLanguage.getValue());
        if (rows.isEmpty()) {
            showError(getTranslation("invitations.bulk.empty"));
            return;
        }
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(rows.size());
        progress.setValue(0);
        inviteAll.setEnabled(false);
        if (rows.size() < BACKGROUND_FROM) {
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
        }
        grid.getDataProvider().refreshAll();
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
            var badge = new Span(getTranslation(r.state().labelKey()));
            badge.addClassNames("status-badge", "state-" + r.state().name().toLowerCase(java.util.Locale.ROOT));
            return badge;
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
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (Problem problem) {
            showError(getTranslation(problem.key(), problem.args()));
        }
        grid.getDataProvider().refreshAll();
    }

    private void showError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invitations");
    }
}
