package app.rada.people.ui;

import app.rada.people.OrganisationDraft;
import app.rada.people.OrganisationRow;
import app.rada.people.OrganisationService;
import app.rada.people.SegmentDraft;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep the client organisations and the segments they belong to. A segment's vote weight is
 * shown openly wherever votes are counted.
 */
@Route("admin/organisations")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 810, title = "nav.admin.organisations", icon = "vaadin:building")
class OrganisationsView extends Main implements HasDynamicTitle {

    private final OrganisationService people;
    private final Validator validator;
    final Grid<SegmentOption> segments = new Grid<>();
    final Grid<OrganisationRow> organisations = new Grid<>();
    final TextField search = new TextField();
    private Map<Long, SegmentOption> segmentsById = Map.of();

    OrganisationsView(OrganisationService people, Validator validator) {
        this.validator = validator;
        this.people = people;
        addClassName("list-view");

        segments.addColumn(s -> segmentName(s)).setHeader(getTranslation("segments.name")).setAutoWidth(true);
        segments.addColumn(SegmentOption::code).setHeader(getTranslation("segments.code")).setAutoWidth(true);
        segments.addColumn(s -> getTranslation("segments.weight.value", s.voteWeight()))
                .setHeader(getTranslation("segments.weight")).setAutoWidth(true);
        segments.addComponentColumn(s -> editButton(getTranslation("segments.edit.for", segmentName(s)),
                () -> editSegment(s))).setHeader(getTranslation("invitations.actions")).setAutoWidth(true);
        segments.setAllRowsVisible(true);
        segments.setId("segments-grid");
        var newSegment = new Button(getTranslation("segments.new"), e -> editSegment(null));
        newSegment.setId("new-segment");
        var segmentSection = new Section(new H2(getTranslation("segments.title")),
                new Paragraph(getTranslation("segments.intro")), segments, newSegment);
        segmentSection.addClassName("card");

        search.setLabel(getTranslation("organisations.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> organisations.getDataProvider().refreshAll());
        organisations.addColumn(OrganisationRow::name).setHeader(getTranslation("organisations.name"))
                .setAutoWidth(true).setFlexGrow(1);
        organisations.addColumn(o -> segmentsById.containsKey(o.segmentId()) ? segmentName(segmentsById.get(o.segmentId())) : "")
                .setHeader(getTranslation("organisations.segment")).setAutoWidth(true);
        organisations.addColumn(o -> getTranslation("organisations.members.value", o.members()))
                .setHeader(getTranslation("organisations.members")).setAutoWidth(true);
        organisations.addColumn(o -> getTranslation(o.active() ? "people.status.active" : "people.status.inactive"))
                .setHeader(getTranslation("people.column.status")).setAutoWidth(true);
        organisations.addComponentColumn(o -> editButton(getTranslation("organisations.edit.for", o.name()),
                () -> editOrganisation(o))).setHeader(getTranslation("invitations.actions")).setAutoWidth(true);
        organisations.setItems(q -> people.findOrganisations(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) people.countOrganisations(search.getValue()));
        organisations.setId("organisations-grid");
        var newOrganisation = new Button(getTranslation("organisations.new"), e -> editOrganisation(null));
        newOrganisation.setId("new-organisation");
        var organisationSection = new Section(new H2(getTranslation("organisations.title")), search, organisations,
                newOrganisation);
        organisationSection.addClassName("card");

        add(segmentSection, organisationSection);
        loadSegments();
    }

    private void loadSegments() {
        var all = people.segments();
        segmentsById = all.stream().collect(Collectors.toMap(SegmentOption::id, Function.identity()));
        segments.setItems(all);
        organisations.getDataProvider().refreshAll();
    }

    private String segmentName(SegmentOption segment) {
        return Language.closestTo(getLocale()) == Language.PL ? segment.namePl() : segment.nameEn();
    }

    private Button editButton(String label, Runnable action) {
        var button = new Button(getTranslation("segments.edit"), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", label);
        return button;
    }

    void editSegment(@Nullable SegmentOption segment) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(segment == null ? "segments.new" : "segments.edit.title"));
        var code = new TextField(getTranslation("segments.code"));
        code.setHelperText(getTranslation("segments.code.help"));
        code.setReadOnly(segment != null);
        var nameEn = new TextField(getTranslation("segments.name-en"));
        var namePl = new TextField(getTranslation("segments.name-pl"));
        var description = new TextArea(getTranslation("segments.description"));
        description.setMaxLength(500);
        var weight = new IntegerField(getTranslation("segments.weight"));
        weight.setMin(1);
        weight.setMax(10);
        weight.setStepButtonsVisible(true);
        weight.setHelperText(getTranslation("segments.weight.help"));
        if (segment != null) {
            code.setValue(segment.code());
            nameEn.setValue(segment.nameEn());
            namePl.setValue(segment.namePl());
            weight.setValue(segment.voteWeight());
        } else {
            weight.setValue(1);
        }
        code.setId("segment-code");
        nameEn.setId("segment-name-en");
        namePl.setId("segment-name-pl");
        description.setId("segment-description");
        weight.setId("segment-weight");
        var rules = segmentRules(segment == null ? code : null, nameEn, namePl, description, weight);
        var form = new Div(code, nameEn, namePl, description, weight);
        form.addClassName("dialog-form");
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            var status = rules.validate();
            if (status.hasErrors()) {
                // the field shows the refusal; the notice also says it, as a refusal from the service would
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
                return;
            }
            try {
                people.saveSegment(segment == null ? null : segment.id(), code.getValue(), nameEn.getValue(),
                        namePl.getValue(), description.getValue().isBlank() ? null : description.getValue(),
                        weight.getValue() == null ? 0 : weight.getValue());
                dialog.close();
                saved();
                loadSegments();
            } catch (Problem problem) {
                showProblem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-segment");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void editOrganisation(@Nullable OrganisationRow organisation) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(organisation == null ? "organisations.new" : "organisations.edit.title"));
        var name = new TextField(getTranslation("organisations.name"));
        name.setMaxLength(160);
        name.setRequired(true);
        var segment = new Select<SegmentOption>();
        segment.setLabel(getTranslation("organisations.segment"));
        segment.setItems(segmentsById.values().stream().toList());
        segment.setItemLabelGenerator(s -> s == null ? "" : segmentName(s));
        var notes = new TextArea(getTranslation("organisations.notes"));
        notes.setMaxLength(2000);
        var active = new Checkbox(getTranslation("organisations.active"), true);
        if (organisation != null) {
            name.setValue(organisation.name());
            segment.setValue(segmentsById.get(organisation.segmentId()));
            notes.setValue(organisation.notes() == null ? "" : organisation.notes());
            active.setValue(organisation.active());
        }
        name.setId("organisation-name");
        notes.setId("organisation-notes");
        var rules = organisationRules(name, notes);
        var form = new Div(name, segment, notes, active);
        form.addClassName("dialog-form");
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            if (!rules.validate().isOk()) {
                return;
            }
            if (segment.getValue() == null) {
                segment.setInvalid(true);
                segment.setErrorMessage(getTranslation("organisations.segment.required"));
                return;
            }
            try {
                people.saveOrganisation(organisation == null ? null : organisation.id(), name.getValue(),
                        segment.getValue().id(), notes.getValue().isBlank() ? null : notes.getValue(),
                        active.getValue());
                dialog.close();
                saved();
                organisations.getDataProvider().refreshAll();
            } catch (Problem problem) {
                showProblem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-organisation");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Checks a segment's fields against the draft's rules as they are typed; it writes nothing. The code is
     * checked only for a new segment: an existing one keeps its code.
     */
    private Binder<SegmentDraft> segmentRules(@Nullable TextField code, TextField nameEn, TextField namePl,
                                              TextArea description, IntegerField weight) {
        var binder = new Binder<SegmentDraft>();
        // the fields' own checks would show an empty message; the draft's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        if (code != null) {
            binder.forField(code)
                    .withValidator((text, context) -> segmentCheck("code",
                            SegmentDraft.typed(text, "", "", null, 1).code()))
                    .bind(SegmentDraft::code, (draft, text) -> { });
        }
        binder.forField(nameEn)
                .withValidator((text, context) -> segmentCheck("nameEn", text.strip()))
                .bind(SegmentDraft::nameEn, (draft, text) -> { });
        binder.forField(namePl)
                .withValidator((text, context) -> segmentCheck("namePl", text.strip()))
                .bind(SegmentDraft::namePl, (draft, text) -> { });
        binder.forField(description)
                .withValidator((text, context) -> segmentCheck("description", text.strip()))
                .bind(SegmentDraft::description, (draft, text) -> { });
        binder.forField(weight)
                .withValidator((value, context) -> segmentCheck("weight", value))
                .bind(SegmentDraft::weight, (draft, value) -> { });
        return binder;
    }

    private ValidationResult segmentCheck(String property, @Nullable Object value) {
        return DraftField.check(validator, SegmentDraft.class, property, value, SegmentDraft::messageArguments, this);
    }

    /** Checks the name and notes against the draft's rules as they are typed; it writes nothing. */
    private Binder<OrganisationDraft> organisationRules(TextField name, TextArea notes) {
        var binder = new Binder<OrganisationDraft>();
        // the fields' own checks would show an empty message; the draft's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name)
                .withValidator((text, context) -> check("name", text.strip()))
                .bind(OrganisationDraft::name, (draft, text) -> { });
        binder.forField(notes)
                .withValidator((text, context) -> check("notes", text))
                .bind(OrganisationDraft::notes, (draft, text) -> { });
        return binder;
    }

    private ValidationResult check(String property, String value) {
        return DraftField.check(validator, OrganisationDraft.class, property, value,
                OrganisationDraft::messageArguments, this);
    }

    private void saved() {
        Toasts.success(getTranslation("common.saved"));
    }

    private void showProblem(Problem problem) {
        Toasts.problem(problem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.organisations");
    }
}
