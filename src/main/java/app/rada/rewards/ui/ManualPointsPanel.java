package app.rada.rewards.ui;

import app.rada.people.PeopleDirectory;
import app.rada.people.PersonName;
import app.rada.rewards.ManualAdjustment;
import app.rada.rewards.RewardService;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import jakarta.validation.Validator;
import java.util.stream.Stream;

/** Points added or taken away by hand, with the reason the member reads in their history. */
class ManualPointsPanel extends Section {

    private final RewardService rewards;

    final ComboBox<PersonName> person = new ComboBox<>();
    final Span balance = new Span();
    final IntegerField amount = new IntegerField();
    final TextField reason = new TextField();
    final Button award = new Button();
    final Button deduct = new Button();
    /** Checks the points and reason against the adjustment's rules while staff type. */
    final Binder<ManualAdjustment> binder = new Binder<>();

    ManualPointsPanel(RewardService rewards, PeopleDirectory people, Validator validator) {
        this.rewards = rewards;
        addClassName("card");
        setId("manual-section");
        person.setLabel(getTranslation("rewards.staff.manual.person"));
        person.setItemLabelGenerator(PersonName::name);
        person.setClearButtonVisible(true);
        person.setId("manual-person");
        FetchCallback<PersonName, String> fetch = query -> {
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
        // the fields' own range and length checks would show an empty message; the adjustment's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(amount)
                .withValidator((value, context) -> DraftField.check(validator, ManualAdjustment.class, "points",
                        value, ManualAdjustment::messageArguments, this))
                .bind(ManualAdjustment::points, (draft, value) -> { });
        binder.forField(reason)
                .withValidator((value, context) -> DraftField.check(validator, ManualAdjustment.class, "reason",
                        value == null ? "" : value.strip(), ManualAdjustment::messageArguments, this))
                .bind(ManualAdjustment::reason, (draft, value) -> { });
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
        add(new H2(getTranslation("rewards.staff.manual")), new Paragraph(getTranslation("rewards.staff.manual.intro")),
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
        if (chosen == null) {
            Toasts.error(getTranslation("rewards.staff.manual.incomplete"));
            return;
        }
        var status = binder.validate();
        if (status.hasErrors()) {
            // the field shows the refusal; the notice also says it, as a refusal from the service would
            status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
            return;
        }
        try {
            if (add) {
                rewards.award(chosen.id(), amount.getValue(), reason.getValue());
            } else {
                rewards.deduct(chosen.id(), amount.getValue(), reason.getValue());
            }
            Toasts.success(getTranslation(add ? "rewards.staff.manual.awarded" : "rewards.staff.manual.deducted",
                    amount.getValue(), chosen.name()));
            amount.clear();
            reason.clear();
            // the emptied fields are not mistakes: the next adjustment starts clean
            amount.setInvalid(false);
            reason.setInvalid(false);
            showBalance();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }
}
