package app.rada.ideas.ui;

import app.rada.ideas.PulseAnswer;
import app.rada.ideas.PulseRemark;
import app.rada.ideas.PulseService;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Did this solve it?" on a done idea: one click (Yes, Partly, No) with an optional remark for its
 * author and voters, and what everyone answered for staff. Invisible to everyone else.
 */
@StyleSheet("styles/discussion.css")
public class PulseSection extends Section {

    final Map<PulseAnswer, Button> answers = new EnumMap<>(PulseAnswer.class);
    final TextArea remark = new TextArea();
    final Paragraph status = new Paragraph();
    final Div results = new Div();
    private final PulseService pulse;
    private final long ideaId;
    private final boolean staff;
    private final Binder<String> remarkRule;

    public PulseSection(PulseService pulse, long ideaId, Validator validator) {
        this.pulse = pulse;
        this.ideaId = ideaId;
        this.remarkRule = TypedText.bind(remark, validator, PulseRemark.class, "remark", PulseService.REMARK_MAX,
                this);
        addClassNames("card", "pulse-section");
        setId("pulse");
        boolean canAnswer = pulse.canAnswerPulse(ideaId);
        this.staff = CurrentUser.get().map(u -> u.isStaff()).orElse(false);
        setVisible(canAnswer || staff);
        if (canAnswer) {
            addQuestion();
        }
        if (staff) {
            results.setId("pulse-results");
            add(results);
            showResults();
        }
    }

    private void addQuestion() {
        add(new H2(getTranslation("pulse.title")), new Paragraph(getTranslation("pulse.intro")));
        remark.setLabel(getTranslation("pulse.remark"));
        remark.setMaxLength(PulseService.REMARK_MAX);
        remark.setWidthFull();
        remark.setId("pulse-remark");
        var buttons = new Div();
        buttons.addClassName("pulse-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", getTranslation("pulse.title"));
        for (var answer : PulseAnswer.values()) {
            var button = new Button(getTranslation(answer.labelKey()), e -> answer(answer));
            button.setId("pulse-" + answer.name().toLowerCase(Locale.ROOT));
            buttons.add(button);
            answers.put(answer, button);
        }
        status.addClassName("pulse-status");
        status.getElement().setAttribute("role", "status");
        add(buttons, remark, status);
        pulse.myPulse(ideaId).ifPresent(this::showChosen);
    }

    private void answer(PulseAnswer answer) {
        if (!TypedText.valid(remarkRule)) {
            return;
        }
        try {
            pulse.answerPulse(ideaId, answer, remark.getValue());
            showChosen(answer);
            status.setText(getTranslation("pulse.saved"));
            if (staff) {
                showResults();
            }
        } catch (Problem problem) {
            status.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    private void showChosen(PulseAnswer chosen) {
        answers.forEach((answer, button) -> {
            boolean on = answer == chosen;
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            button.removeThemeVariants(ButtonVariant.PRIMARY);
            if (on) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
        });
        status.setText(getTranslation("pulse.yours", getTranslation(chosen.labelKey())));
    }

    private void showResults() {
        results.removeAll();
        var summary = pulse.pulseResults(ideaId);
        results.add(new H2(getTranslation("pulse.results.title")),
                new Paragraph(getTranslation("pulse.results.summary", summary.total())));
        var counts = new Div();
        counts.addClassName("pulse-counts");
        for (var answer : PulseAnswer.values()) {
            var figure = new Span(getTranslation("pulse.results.count", getTranslation(answer.labelKey()),
                    summary.count(answer)));
            figure.addClassName("pulse-count");
            figure.setId("pulse-count-" + answer.name().toLowerCase(Locale.ROOT));
            counts.add(figure);
        }
        results.add(counts);
        if (!summary.remarks().isEmpty()) {
            results.add(new H3(getTranslation("pulse.results.remarks")));
            var list = new UnorderedList();
            list.addClassName("pulse-remarks");
            for (var r : summary.remarks()) {
                var who = new Span(r.name().orElse(getTranslation("people.former-member")) + " · "
                        + getTranslation(r.answer().labelKey()) + " · "
                        + Formats.date(r.at(), getLocale(), Formats.zone()));
                who.addClassName("pulse-remark-who");
                list.add(new ListItem(who, new Paragraph(r.text())));
            }
            results.add(list);
        }
    }
}
