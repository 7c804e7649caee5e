package app.rada.sessions.ui;

import app.rada.sessions.PulseAnswer;
import app.rada.sessions.SessionDetails;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.stream.IntStream;

/** The pulse an attendee answers after the session: effort, whether they would recommend it, a comment. */
class PulsePanel extends Section {

    final RadioButtonGroup<Integer> effort = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> recommend = new RadioButtonGroup<>();
    final TextArea pulseComment = new TextArea();
    final Button sendPulse = new Button();
    /** Checks the comment against the answer's rule while the member types. */
    final Binder<PulseAnswer> binder = new Binder<>();

    PulsePanel(SessionView page, SessionDetails s) {
        add(new H2(getTranslation("sessions.pulse.title")));
        addClassNames("card", "session-pulse");
        setId("pulse");
        add(new Paragraph(getTranslation("sessions.pulse.intro")));
        effort.setLabel(getTranslation("sessions.pulse.effort"));
        effort.setItems(IntStream.rangeClosed(1, 7).boxed().toList());
        effort.setItemLabelGenerator(String::valueOf);
        effort.setHelperText(getTranslation("sessions.pulse.effort.help"));
        effort.setId("pulse-effort");
        recommend.setLabel(getTranslation("sessions.pulse.recommend"));
        recommend.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        recommend.setItemLabelGenerator(String::valueOf);
        recommend.setHelperText(getTranslation("sessions.pulse.recommend.help"));
        recommend.setId("pulse-recommend");
        pulseComment.setLabel(getTranslation("sessions.pulse.comment"));
        pulseComment.setMaxLength(PulseAnswer.COMMENT_MAX);
        pulseComment.setWidthFull();
        pulseComment.setId("pulse-comment");
        s.myPulse().ifPresent(p -> {
            effort.setValue(p.effort());
            recommend.setValue(p.recommend());
            pulseComment.setValue(p.comment() == null ? "" : p.comment());
            var saved = new Paragraph(getTranslation("sessions.pulse.answered"));
            saved.setId("pulse-answered");
            add(saved);
        });
        sendPulse.setText(getTranslation(s.myPulse().isPresent() ? "sessions.pulse.change" : "sessions.pulse.send"));
        sendPulse.addThemeVariants(ButtonVariant.PRIMARY);
        sendPulse.setId("pulse-send");
        // the field's own length check would show an empty message; the answer's rule speaks instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(pulseComment)
                .withValidator((value, context) -> DraftField.check(page.validator, PulseAnswer.class, "comment",
                        value, key -> new Object[] {PulseAnswer.COMMENT_MAX}, this))
                .bind(PulseAnswer::comment, (answer, value) -> { });
        sendPulse.addClickListener(e -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            if (effort.getValue() == null || recommend.getValue() == null) {
                Toasts.error(getTranslation("sessions.pulse.both"));
                return;
            }
            page.act(() -> {
                page.followUp.answerPulse(s.id(), new PulseAnswer(effort.getValue(), recommend.getValue(),
                        pulseComment.getValue()));
                Toasts.success(getTranslation("sessions.pulse.thanks"));
            });
        });
        add(effort, recommend, pulseComment, sendPulse);
    }
}
