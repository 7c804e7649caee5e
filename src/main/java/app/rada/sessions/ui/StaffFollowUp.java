package app.rada.sessions.ui;

import app.rada.sessions.FollowUpDraft;
import app.rada.sessions.PulseResults;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionFollowUpService;
import app.rada.sessions.SessionOutcome;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;

/** Staff keep a session's minutes and outcomes, and read what its pulse adds up to. */
class StaffFollowUp extends Div {

    final TextArea minutes = new TextArea();
    final Button saveMinutes = new Button();
    final TextField outcomeTitle = new TextField();
    final TextArea outcomeText = new TextArea();
    final Button addOutcome = new Button();
    final Div outcomes = new Div();
    /** Checks the minutes against their rule while staff type. */
    final Binder<FollowUpDraft> minutesBinder = new Binder<>();
    /** Checks the outcome's title and text against their rules while staff type. */
    final Binder<FollowUpDraft> outcomeBinder = new Binder<>();
    private final Validator validator;

    StaffFollowUp(SessionView page, SessionDetails s) {
        this.validator = page.validator;
        add(new H3(getTranslation("sessions.page.follow-up")));
        addClassName("session-follow-up-editor");
        minutes.setLabel(getTranslation("sessions.staff.minutes"));
        minutes.setHelperText(getTranslation("sessions.staff.minutes.help"));
        minutes.setMaxLength(SessionFollowUpService.MINUTES_MAX);
        minutes.setWidthFull();
        minutes.setValue(s.minutes());
        minutes.setId("session-minutes-field");
        saveMinutes.setText(getTranslation("sessions.staff.minutes.save"));
        saveMinutes.setId("session-minutes-save");
        rule(minutesBinder, minutes, "minutes");
        saveMinutes.addClickListener(e -> {
            if (minutesBinder.validate().hasErrors()) {
                return;
            }
            page.act(() -> {
                page.followUp.saveMinutes(s.id(), minutes.getValue());
                Toasts.success(getTranslation("common.saved"));
            });
        });
        add(minutes, saveMinutes);
        if (!s.minutesHtml().isBlank()) {
            var preview = new Div();
            preview.addClassNames("markdown", "session-minutes");
            preview.setId("session-minutes");
            preview.getElement().setProperty("innerHTML", s.minutesHtml());
            add(preview);
        }
        outcomes.setId("session-outcomes");
        s.outcomes().forEach(o -> outcomes.add(FollowUpSection.outcome(page, o, true)));
        outcomeTitle.setLabel(getTranslation("sessions.staff.outcome-title"));
        outcomeTitle.setMaxLength(SessionOutcome.TITLE_MAX);
        outcomeTitle.setWidthFull();
        outcomeTitle.setId("outcome-title");
        outcomeText.setLabel(getTranslation("sessions.staff.outcome-text"));
        outcomeText.setMaxLength(SessionOutcome.TEXT_MAX);
        outcomeText.setWidthFull();
        outcomeText.setId("outcome-text");
        addOutcome.setText(getTranslation("sessions.staff.outcome-add"));
        addOutcome.setId("outcome-add");
        rule(outcomeBinder, outcomeTitle, "outcomeTitle");
        rule(outcomeBinder, outcomeText, "outcomeText");
        addOutcome.addClickListener(e -> {
            if (!outcomeBinder.validate().hasErrors()) {
                page.act(() -> page.followUp.addOutcome(s.id(), outcomeTitle.getValue(), outcomeText.getValue()));
            }
        });
        add(new H3(getTranslation("sessions.page.outcomes")), outcomes, outcomeTitle, outcomeText, addOutcome);
    }

    private <F extends HasValue<?, String> & HasValidation> void rule(Binder<FollowUpDraft> binder, F field,
                                                                      String property) {
        // the field's own length check would show an empty message; the draft's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(field)
                .withValidator((value, context) -> DraftField.check(validator, FollowUpDraft.class, property,
                        value == null ? "" : value.strip(), FollowUpDraft::messageArguments, this))
                .bind(draft -> "", (draft, value) -> { });
    }

    static Component pulseResults(SessionView page, SessionDetails s) {
        PulseResults r = page.followUp.pulseResults(s.id());
        var box = new Div(new H3(page.getTranslation("sessions.staff.pulse")));
        box.addClassName("session-pulse-results");
        box.setId("session-pulse-results");
        if (r.answers() == 0) {
            box.add(new Paragraph(page.getTranslation("sessions.staff.pulse.none")));
            return box;
        }
        var figures = new UnorderedList();
        figures.setId("pulse-figures");
        figures.add(new ListItem(page.getTranslation("sessions.staff.pulse.answers", r.answers())));
        figures.add(new ListItem(page.getTranslation("sessions.staff.pulse.effort", r.averageEffort())));
        figures.add(new ListItem(page.getTranslation("sessions.staff.pulse.recommend", r.averageRecommend())));
        figures.add(new ListItem(page.getTranslation("sessions.staff.pulse.nps", r.nps(), r.promoters(), r.passives(),
                r.detractors())));
        box.add(figures);
        if (!r.comments().isEmpty()) {
            var comments = new UnorderedList();
            comments.setId("pulse-comments");
            r.comments().forEach(c -> comments.add(new ListItem(c)));
            box.add(new Paragraph(page.getTranslation("sessions.staff.pulse.comments")), comments);
        }
        return box;
    }
}
