package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What a list shows when it has nothing yet: one sentence, and optionally the action that fills it. */
public final class EmptyState extends Div {

    public EmptyState(String text, Component... actions) {
        addClassName("empty-state");
        add(new Paragraph(text));
        if (actions.length > 0) {
            add(actions);
        }
    }
}
