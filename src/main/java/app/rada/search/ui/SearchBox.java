package app.rada.search.ui;

import app.rada.search.SearchService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.Optional;

/**
 * The search box in the shell's header: Enter opens the results for what was typed, which the box
 * keeps showing on the results page. It has an accessible name of its own, as a visible label would
 * crowd the header on a phone.
 */
@org.springframework.stereotype.Component
class SearchBox implements HeaderItem {

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        var field = new TextField();
        field.setId("shell-search");
        field.addClassName("shell-search");
        field.setAriaLabel(field.getTranslation("search.box.label"));
        field.setPlaceholder(field.getTranslation("search.box.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchService.TEXT_MAX);
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.getElement().setAttribute("enterkeyhint", "search");
        field.getElement().setAttribute("role", "search");
        field.addKeyPressListener(Key.ENTER, e -> open(field.getValue()));
        // on the results page the box shows what was searched; elsewhere it starts empty
        field.addAttachListener(attach -> {
            var registration = attach.getUI().addAfterNavigationListener(navigation -> {
                var location = navigation.getLocation();
                field.setValue(location.getPath().equals(SearchNavigation.RESULTS)
                        ? location.getQueryParameters().getSingleParameter(SearchNavigation.QUERY).orElse("") : "");
            });
            field.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        return Optional.of(field);
    }

    private static void open(String text) {
        var clean = text.strip();
        if (!clean.isEmpty()) {
            UI.getCurrent().navigate(SearchNavigation.RESULTS, SearchNavigation.query(clean));
        }
    }
}
