package app.rada.ideas.ui;

import app.rada.ideas.IdeaStatus;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** The status of an idea as a coloured label; the colour is never the only sign, the word is always there. */
final class IdeaStatusBadge {

    private IdeaStatusBadge() {
    }

    static Span of(IdeaStatus status) {
        var badge = StatusBadge.of(UI.getCurrent().getTranslation(status.labelKey()), "idea-status", status);
        // the module's stylesheet colours every status from this class as well
        badge.addClassName("idea-status");
        return badge;
    }
}
