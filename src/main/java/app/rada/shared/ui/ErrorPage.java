package app.rada.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A friendly page shown instead of a view: a heading, an explanation and the way back home.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Div details = new Div();
    private String title = "";

    ErrorPage() {
        addClassName("error-page");
        var mark = new Span("R");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        var home = new Anchor(".", getTranslation("error.home"));
        home.addClassName("error-home");
        home.setId("error-home");
        var card = new Div(mark, heading, explanation, details, home);
        card.addClassName("error-card");
        add(card);
    }

    protected void show(String titleKey, String textKey, Object... args) {
        title = getTranslation(titleKey);
        heading.setText(title);
        explanation.setText(getTranslation(textKey, args));
    }

    protected Div details() {
        return details;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
