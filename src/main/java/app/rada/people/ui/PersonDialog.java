package app.rada.people.ui;

import app.rada.people.MembershipChange;
import app.rada.people.OrganisationOption;
import app.rada.people.MembershipService;
import app.rada.people.PersonDetails;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;

/**
 * An admin changes a person's roles, organisation and board term, or deactivates and reactivates them.
 */
class PersonDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final DatePicker termStart = new DatePicker();
    final DatePicker termEnd = new DatePicker();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button toggleActive = new Button();
    /** Checks roles and term against the change's rules while the admin edits them; it writes nothing. */
    final Binder<MembershipChange> binder = new Binder<>();
    private final Validator validator;

    PersonDialog(MembershipService people, List<OrganisationOption> options, PersonDetails person, Runnable onChange,
                 Validator validator) {
        this.validator = validator;
        setHeaderTitle(person.name());
        var email = new Paragraph(person.email());
        roles.setLabel(getTranslation("people.column.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles()));
        organisation.setLabel(getTranslation("people.column.organisation"));
        organisation.setItems(options);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        options.stream().filter(o -> person.organisationId() != null && o.id() == person.organisationId())
                .findFirst().ifPresent(organisation::setValue);
        LocalisedPickers.localise(termStart, this);
        termStart.setLabel(getTranslation("people.term.start"));
        LocalisedPickers.localise(termEnd, this);
        termEnd.setLabel(getTranslation("people.term.end"));
        termStart.setValue(person.boardTermStart());
        termEnd.setValue(person.boardTermEnd());
        var term = new Div(termStart, termEnd);
        term.addClassName("filters");
        term.setVisible(roles.getValue().contains(Role.BOARD_MEMBER));
        roles.addValueChangeListener(e -> term.setVisible(e.getValue().contains(Role.BOARD_MEMBER)));
        bindRules();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var form = new Div(email, roles, organisation, term, error);
        form.addClassName("dialog-form");
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            var status = binder.validate();
            if (status.hasErrors()) {
                // the field shows the refusal; the dialog's notice also says it, as a refusal from the service would
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(error::setText);
                return;
            }
            run(() -> people.changeMembership(person.id(), change()), onChange);
        });
        toggleActive.setText(getTranslation(person.active() ? "people.deactivate" : "people.reactivate"));
        toggleActive.addThemeVariants(person.active() ? ButtonVariant.ERROR : ButtonVariant.SUCCESS);
        toggleActive.addClickListener(e -> run(() -> {
            if (person.active()) {
                people.deactivate(person.id());
            } else {
                people.reactivate(person.id());
            }
        }, onChange));
        getFooter().add(toggleActive, new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The change as the fields hold it now. */
    MembershipChange change() {
        var chosen = organisation.getValue();
        return new MembershipChange(roles.getValue(), chosen == null ? null : chosen.id(), termStart.getValue(),
                termEnd.getValue());
    }

    /**
     * The roles need at least one; a board member's term needs both days, the missing one marked, and the
     * end is marked when it comes before the start.
     */
    private void bindRules() {
        binder.forField(roles)
                .withValidator((value, context) -> rule("roles"))
                .bind(MembershipChange::roles, (draft, value) -> { });
        var start = binder.forField(termStart)
                .withValidator((value, context) -> value == null ? rule("termGiven") : ValidationResult.ok())
                .bind(MembershipChange::boardTermStart, (draft, value) -> { });
        var end = binder.forField(termEnd)
                .withValidator((value, context) -> value == null ? rule("termGiven") : rule("termInOrder"))
                .bind(MembershipChange::boardTermEnd, (draft, value) -> { });
        // a term already marked is judged again, so taking the board role away clears its marks
        roles.addValueChangeListener(e -> {
            if (termStart.isInvalid() || termEnd.isInvalid()) {
                start.validate();
                end.validate();
            }
        });
        termStart.addValueChangeListener(e -> {
            if (termEnd.getValue() != null || termEnd.isInvalid()) {
                end.validate();
            }
        });
    }

    private ValidationResult rule(String property) {
        return DraftField.checkWhole(validator, change(), property, key -> new Object[0], this);
    }

    private void run(Runnable action, Runnable onChange) {
        try {
            action.run();
            close();
            onChange.run();
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }
}
