package app.rada.ideas.ui;

import app.rada.ideas.IdeaStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The status of an idea as a coloured label; the colour is never the only sign, the word is always there. */
public class StatusBadge extends Span {

    public StatusBadge(IdeaStatus status) {
        setText(getTranslation(status.labelKey()));
        addClassNames("idea-status", "idea-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
