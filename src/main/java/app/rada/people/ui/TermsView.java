package app.rada.people.ui;

import app.rada.people.Terms;
import app.rada.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The terms of use and privacy notice that every member accepts, in the version shown. */
@Route(value = "terms", autoLayout = false)
@AnonymousAllowed
class TermsView extends Main implements HasDynamicTitle {

    static final String[][] SECTIONS = {
            {"terms.purpose.title", "terms.purpose.text"},
            {"terms.contributions.title", "terms.contributions.text"},
            {"terms.data.title", "terms.data.text"},
            {"terms.rights.title", "terms.rights.text"},
            {"terms.contact.title", "terms.contact.text"}};

    TermsView() {
        addClassName("terms-view");
        var top = new Div(new LanguageSwitch());
        top.addClassName("login-top");
        var body = new Div();
        body.addClassName("terms-body");
        body.add(new H1(getTranslation("terms.title")), new Paragraph(getTranslation("terms.version", Terms.VERSION)));
        for (var section : SECTIONS) {
            body.add(new H2(getTranslation(section[0])), new Paragraph(getTranslation(section[1])));
        }
        add(top, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terms.title");
    }
}
