package app.rada.shared.ui;

import app.rada.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lets a visitor who is not logged in pick the language; their browser's language is the default.
 * The choice holds for the rest of their visit.
 */
public class LanguageSwitch extends Nav implements LocaleChangeObserver {

    private final Map<Language, Button> buttons = new EnumMap<>(Language.class);

    public LanguageSwitch() {
        addClassName("language-switch");
        for (var language : Language.values()) {
            var button = new Button(language.nativeName(), e -> choose(language));
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.getElement().setAttribute("lang", language.code());
            button.setId("language-" + language.code());
            buttons.put(language, button);
            add(button);
        }
        showState();
    }

    private static void choose(Language language) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        var ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
    }

    private void showState() {
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        var current = Language.closestTo(getLocale());
        buttons.forEach((language, button) ->
                button.getElement().setAttribute("aria-pressed", String.valueOf(language == current)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showState();
    }
}
