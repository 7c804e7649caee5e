package app.rada.sessions.ui;

import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionOutcome;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * What a session produced, as members read it: the minutes and the outcomes, each with the idea it
 * became. Staff see the same outcomes in {@link StaffFollowUp}, with a button to turn one into an idea.
 */
class FollowUpSection extends Section {

    FollowUpSection(SessionView page, SessionDetails s) {
        add(new H2(getTranslation("sessions.page.follow-up")));
        addClassNames("card", "session-follow-up");
        setId("session-follow-up");
        if (!s.minutesHtml().isBlank()) {
            var text = new Div();
            text.addClassNames("markdown", "session-minutes");
            text.setId("session-minutes");
            text.getElement().setProperty("innerHTML", s.minutesHtml());
            add(new H3(getTranslation("sessions.page.minutes")), text);
        }
        if (!s.outcomes().isEmpty()) {
            var list = new Div();
            list.setId("session-outcomes");
            s.outcomes().forEach(o -> list.add(outcome(page, o, false)));
            add(new H3(getTranslation("sessions.page.outcomes")), list);
        }
    }

    /** One outcome; for staff, with a button that turns it into an idea while it is none yet. */
    static Component outcome(SessionView page, SessionOutcome o, boolean staff) {
        var item = new Div(new H3(o.title()));
        item.addClassName("session-outcome");
        item.setId("outcome-" + o.id());
        var text = new Div();
        text.addClassName("markdown");
        text.getElement().setProperty("innerHTML", o.textHtml());
        item.add(text);
        if (o.ideaId() != null) {
            var idea = new Paragraph(new Span(page.getTranslation("sessions.page.outcome-idea") + " "),
                    new Anchor(SessionNavigation.idea(o.ideaId()), o.ideaTitle() == null ? "" : o.ideaTitle()));
            idea.addClassName("session-outcome-idea");
            item.add(idea);
        } else if (staff) {
            var turn = new Button(page.getTranslation("sessions.page.turn-into-idea"), e -> page.act(() -> {
                long ideaId = page.followUp.turnIntoIdea(o.id());
                Toasts.success(page.getTranslation("sessions.page.idea-created-toast", ideaId));
            }));
            turn.setId("outcome-to-idea-" + o.id());
            turn.getElement().setAttribute("aria-label",
                    page.getTranslation("sessions.page.turn-into-idea.label", o.title()));
            item.add(turn);
        }
        return item;
    }
}
