package app.rada.ideas.ui;

import app.rada.ideas.AnswerEntry;
import app.rada.ideas.IdeaPage;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** The idea's public timeline: when it was submitted and every staff answer and status change since. */
class TimelineCard extends Section {

    /** Takes the list's container from the page, which keeps it reachable as its own field. */
    TimelineCard(IdeaPage page, Div timeline) {
        addClassNames("card", "idea-timeline-card");
        add(new H2(getTranslation("ideas.page.timeline")));
        timeline.removeAll();
        timeline.setId("idea-timeline");
        var steps = new OrderedList();
        steps.addClassName("idea-timeline");
        var submittedHead = new Div(new Span(getTranslation("ideas.page.timeline.submitted")), when(page.createdAt()));
        submittedHead.addClassName("timeline-head");
        steps.add(new ListItem(submittedHead));
        for (AnswerEntry entry : page.timeline()) {
            var item = new ListItem();
            var head = new Div(IdeaStatusBadge.of(entry.toStatus()),
                    new Span(entry.staffName().orElse(getTranslation("people.former-member"))), when(entry.at()));
            head.addClassName("timeline-head");
            item.add(head);
            if (entry.textHtml() != null) {
                var text = new Div();
                text.addClassNames("timeline-answer", "markdown");
                text.getElement().setProperty("innerHTML", entry.textHtml());
                item.add(text);
            }
            steps.add(item);
        }
        timeline.add(steps);
        if (page.timeline().isEmpty()) {
            var waiting = new Paragraph(getTranslation("ideas.page.timeline.waiting"));
            waiting.addClassName("timeline-waiting");
            timeline.add(waiting);
        }
        add(timeline);
    }

    private Span when(Instant at) {
        var span = new Span(Formats.dateTime(at, getLocale(), Formats.zone()));
        span.addClassName("timeline-when");
        return span;
    }
}
