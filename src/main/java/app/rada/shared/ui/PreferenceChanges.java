package app.rada.shared.ui;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.UserPreferences;
import app.rada.shared.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Saves a person's language or colour scheme, updates their login and redraws the page in it.
 */
public final class PreferenceChanges {

    private PreferenceChanges() {
    }

    public static void changeLanguage(UserPreferences preferences, Language language) {
        var user = CurrentUser.require();
        preferences.saveLanguage(user.personId(), language);
        CurrentUser.update(u -> u.withLanguage(language));
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        UI.getCurrent().getPage().reload();
    }

    public static void changeAppearance(UserPreferences preferences, Appearance appearance) {
        var user = CurrentUser.require();
        preferences.saveAppearance(user.personId(), appearance);
        CurrentUser.update(u -> u.withAppearance(appearance));
        ShellInitializer.applyAppearance(UI.getCurrent(), appearance);
        UI.getCurrent().getPage().reload();
    }
}
