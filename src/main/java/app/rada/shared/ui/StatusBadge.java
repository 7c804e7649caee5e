package app.rada.shared.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label for a state (open, closed, planned…); the colour comes from the class name. */
public final class StatusBadge {

    private StatusBadge() {
    }

    /** A badge with the given text, styled by {@code className}. */
    public static Span of(String text, String className) {
        var badge = new Span(text);
        badge.addClassNames("status-badge", className);
        return badge;
    }

    /** A badge for an enum state, styled as {@code prefix-state-name} (for example {@code ballot-status-open}). */
    public static Span of(String text, String prefix, Enum<?> state) {
        return of(text, prefix + "-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
