package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** The card that pages are made of: a section with a heading, styled by the shared "card" class. */
public final class Cards {

    private Cards() {
    }

    public static Section section(String title, Component... content) {
        var section = new Section(new H2(title));
        section.add(content);
        section.addClassName("card");
        return section;
    }

    /** A card with an id, for links into the page and for tests. */
    public static Section section(String title, String id, Component... content) {
        var section = section(title, content);
        section.setId(id);
        return section;
    }
}
