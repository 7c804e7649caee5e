package app.rada.rewards.ui;

import app.rada.people.PeopleDirectory;
import app.rada.people.PersonName;
import app.rada.rewards.RewardService;
import app.rada.shared.Problem;
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
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
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

    ManualPointsPanel(RewardService rewards, PeopleDirectory people) {
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
        // a number below 1 goes on to the service, which refuses it with the allowed range
        if (chosen == null || amount.getValue() == null) {
            Toasts.error(getTranslation("rewards.staff.manual.incomplete"));
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
            showBalance();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }
}
