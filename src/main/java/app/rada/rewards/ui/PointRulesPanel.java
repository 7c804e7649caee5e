package app.rada.rewards.ui;

import app.rada.rewards.EntryKind;
import app.rada.rewards.PointRule;
import app.rada.rewards.PointRuleChange;
import app.rada.rewards.RewardService;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The admin's point rules: how many points each contribution earns and how many count in a day. */
class PointRulesPanel extends Section {

    private final RewardService rewards;

    final Map<EntryKind, IntegerField[]> ruleFields = new LinkedHashMap<>();
    final Button save = new Button();
    /** Checks every row's points and cap against the rule's limits while the admin types; it writes nothing. */
    final Binder<PointRuleChange> binder = new Binder<>();

    PointRulesPanel(RewardService rewards, Validator validator) {
        this.rewards = rewards;
        // the fields' own range checks would show an empty message; the rule's limits speak instead
        binder.setDefaultValidatorsEnabled(false);
        addClassName("card");
        setId("rules-section");
        var rows = new Div();
        rows.addClassName("rule-rows");
        rows.setId("rule-rows");
        for (PointRule rule : rewards.rules()) {
            var label = getTranslation(rule.kind().labelKey());
            var code = rule.kind().name().toLowerCase(Locale.ROOT);
            var points = new IntegerField(getTranslation("rewards.staff.rules.points.short"));
            points.setAriaLabel(getTranslation("rewards.staff.rules.points", label));
            points.setMin(0);
            points.setMax(PointRule.POINTS_MAX);
            points.setValue(rule.points());
            points.setId("rule-points-" + code);
            var cap = new IntegerField(getTranslation("rewards.staff.rules.cap.short"));
            cap.setAriaLabel(getTranslation("rewards.staff.rules.cap", label));
            cap.setMin(0);
            cap.setMax(PointRule.CAP_MAX);
            cap.setValue(rule.dailyCap());
            cap.setPlaceholder(getTranslation("rewards.staff.rules.cap.none"));
            cap.setId("rule-cap-" + code);
            binder.forField(points)
                    .withValidator((value, context) -> DraftField.check(validator, PointRuleChange.class, "points",
                            value, PointRuleChange::messageArguments, this))
                    .bind(PointRuleChange::points, (draft, value) -> { });
            binder.forField(cap)
                    .withValidator((value, context) -> DraftField.check(validator, PointRuleChange.class, "dailyCap",
                            value, PointRuleChange::messageArguments, this))
                    .bind(PointRuleChange::dailyCap, (draft, value) -> { });
            ruleFields.put(rule.kind(), new IntegerField[] {points, cap});
            var name = new Span(label);
            name.addClassName("rule-name");
            var row = new Div(name, points, cap);
            row.addClassName("rule-row");
            rows.add(row);
        }
        save.setText(getTranslation("rewards.staff.rules.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("rules-save");
        save.addClickListener(e -> saveRules());
        add(new H2(getTranslation("rewards.staff.rules")), new Paragraph(getTranslation("rewards.staff.rules.intro")),
                rows, save);
    }

    void saveRules() {
        var status = binder.validate();
        if (status.hasErrors()) {
            // every wrong field shows its refusal; the notice also says the first, as a refusal from the service would
            status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
            return;
        }
        var current = new LinkedHashMap<EntryKind, PointRule>();
        rewards.rules().forEach(r -> current.put(r.kind(), r));
        var changed = new ArrayList<String>();
        try {
            for (var entry : ruleFields.entrySet()) {
                var points = entry.getValue()[0].getValue();
                var cap = entry.getValue()[1].getValue();
                var before = current.get(entry.getKey());
                var wanted = new PointRule(entry.getKey(), points, cap);
                if (!wanted.equals(before)) {
                    rewards.changeRule(entry.getKey(), wanted.points(), cap);
                    changed.add(getTranslation(entry.getKey().labelKey()));
                }
            }
            Toasts.success(changed.isEmpty() ? getTranslation("rewards.staff.rules.unchanged")
                    : getTranslation("rewards.staff.rules.saved", String.join(", ", changed)));
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }
}
