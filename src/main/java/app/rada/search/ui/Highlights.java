package app.rada.search.ui;

import app.rada.shared.search.Segment;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * Highlighted text as elements: plain segments as text nodes, matched ones inside {@code <mark>}. Every
 * piece is set as text, so whatever the user wrote is shown as written and never read as HTML.
 */
final class Highlights {

    private Highlights() {
    }

    static Span of(List<Segment> segments, String className) {
        var span = new Span();
        span.addClassName(className);
        for (var segment : segments) {
            if (segment.matched()) {
                span.getElement().appendChild(new Element("mark").setText(segment.text()));
            } else {
                span.getElement().appendChild(Element.createText(segment.text()));
            }
        }
        return span;
    }
}
